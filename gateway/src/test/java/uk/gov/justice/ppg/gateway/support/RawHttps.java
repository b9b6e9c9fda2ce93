package uk.gov.justice.ppg.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * Bytes on a mutual-TLS socket, as a client that frames its own HTTP: for requests an
 * HTTP client library would refuse to send.
 */
public final class RawHttps {

    private RawHttps() {
    }

    /**
     * The response.
     *
     * @param status the HTTP status, or 0 when the connection closed without one
     * @param text everything the server sent, headers and body
     */
    public record Response(int status, String text) {
    }

    public static Response exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1), null);
    }

    /**
     * Sends {@code request} as {@code party}, offering only {@code cipherSuites} when
     * given.
     */
    public static Response exchange(int port, byte[] request, List<String> cipherSuites) throws IOException {
        PkiLayout pki = TestPki.layout();
        SSLContext context = MutualTls.context(pki.load(pki.tlsKeyStore(ExampleParty.N00)), pki.password(),
                pki.load(pki.trustStore()));
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            SSLParameters parameters = MutualTls.client(true);
            if (cipherSuites != null) {
                parameters.setProtocols(new String[] { "TLSv1.2" });
                parameters.setCipherSuites(cipherSuites.toArray(String[]::new));
            }
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            String text = readAll(socket.getInputStream());
            return new Response(status(text), text);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                String sofar = out.toString(StandardCharsets.ISO_8859_1);
                if (sofar.contains("</soap:Envelope>") || sofar.contains("</html>")) {
                    break;
                }
            }
        }
        catch (SocketTimeoutException ex) {
            // the server kept the connection open: what it sent is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int status(String text) {
        if (!text.startsWith("HTTP/1.1 ") || text.length() < 12) {
            return 0;
        }
        return Integer.parseInt(text.substring(9, 12));
    }

}
