package uk.gov.justice.ppg.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay that can be cut: a stand-in for a network fault between the gateway and one
 * of its servers. While cut, open connections are reset and new ones are closed at once.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;

    private final String targetHost;

    private final int targetPort;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private volatile boolean cut;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-" + this.server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to a port on this machine. */
    public static TcpProxy to(int port) {
        try {
            return new TcpProxy("127.0.0.1", port);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public int port() {

        return this.server.getLocalPort();
    }

    /** Resets every open connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        this.cut = true;
        this.open.forEach(TcpProxy::closeQuietly);
        this.open.clear();
    }

    public void restore() {
        this.cut = false;
    }

    @Override
    public void close() throws IOException {
        cut();
        this.server.close();
    }

    private void acceptLoop() {
        while (!this.server.isClosed()) {
            try {
                Socket client = this.server.accept();
                if (this.cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(this.targetHost, this.targetPort);
                this.open.add(client);
                this.open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            }
            catch (IOException ex) {
                // the listening socket closed, or the target refused: keep serving until
                // closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            }
            catch (IOException ex) {
                // connection ended
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // already closed
        }
    }

}
