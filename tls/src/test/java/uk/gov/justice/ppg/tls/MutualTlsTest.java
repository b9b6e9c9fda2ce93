package uk.gov.justice.ppg.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.ExamplePki;
import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * A real handshake over loopback between a server and a client built by
 * {@link MutualTls}: the client's certificate reaches the server, and what either end
 * must refuse is refused.
 */
class MutualTlsTest {

    private static final PkiLayout PKI = pki();

    private SSLServerSocket server;

    private CompletableFuture<String> seenByServer;

    @BeforeEach
    void startServer() throws IOException {
        SSLContext context = MutualTls.context(PKI.load(PKI.tlsKeyStore(ExampleParty.GATEWAY)), PKI.password(),
                PKI.load(PKI.trustStore()));
        this.server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0);
        this.server.setSSLParameters(MutualTls.server(context));
        this.seenByServer = CompletableFuture.supplyAsync(this::acceptOne);
    }

    @AfterEach
    void stopServer() throws IOException {
        this.server.close();
    }

    @Test
    void aPartnerWithItsCertificateConnectsAndIsKnownByIt() throws Exception {
        try (SSLSocket socket = connect(PKI.load(PKI.tlsKeyStore(ExampleParty.N00)), true)) {
            socket.startHandshake();
            assertThat(socket.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            OutputStream out = socket.getOutputStream();
            out.write('x');
            out.flush();
            assertThat(socket.getInputStream().read()).isEqualTo('y');
        }
        assertThat(this.seenByServer.get(10, TimeUnit.SECONDS)).contains("n00");
    }

    @Test
    void aClientWithoutACertificateIsRefused() throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        assertThatThrownBy(() -> {
            try (SSLSocket socket = connect(empty, true)) {
                socket.startHandshake();
                socket.getOutputStream().write('x');
                socket.getOutputStream().flush();
                socket.getInputStream().read();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aClientRefusesAServerWhoseCertificateNamesAnotherHost() {
        assertThatThrownBy(() -> {
            try (SSLSocket socket = connect(PKI.load(PKI.tlsKeyStore(ExampleParty.N00)), true, "127.0.0.2")) {
                socket.startHandshake();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void offersNothingOlderThanTls12() {
        assertThat(MutualTls.client(true).getProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(MutualTls.client(true).getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
        assertThat(MutualTls.client(false).getEndpointIdentificationAlgorithm()).isNull();
    }

    private SSLSocket connect(KeyStore clientKeys, boolean verifyHostName) throws IOException {
        return connect(clientKeys, verifyHostName, "localhost");
    }

    private SSLSocket connect(KeyStore clientKeys, boolean verifyHostName, String host) throws IOException {
        SSLContext context = MutualTls.context(clientKeys, PKI.password(), PKI.load(PKI.trustStore()));
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(host, this.server.getLocalPort());
        socket.setSSLParameters(MutualTls.client(verifyHostName));
        socket.setSoTimeout(10_000);
        return socket;
    }

    private String acceptOne() {
        try (SSLSocket socket = (SSLSocket) this.server.accept()) {
            InputStream in = socket.getInputStream();
            int request = in.read();
            X509Certificate client = (X509Certificate) socket.getSession().getPeerCertificates()[0];
            if (request == 'x') {
                socket.getOutputStream().write('y');
                socket.getOutputStream().flush();
            }
            return client.getSubjectX500Principal().getName();
        }
        catch (IOException ex) {
            return "refused: " + ex.getClass().getSimpleName();
        }
    }

    private static PkiLayout pki() {
        try {
            return ExamplePki.ensure(Path.of("target", "test-pki").toAbsolutePath());
        }
        catch (Exception ex) {
            throw new IllegalStateException("cannot generate the example PKI", ex);
        }
    }

}
