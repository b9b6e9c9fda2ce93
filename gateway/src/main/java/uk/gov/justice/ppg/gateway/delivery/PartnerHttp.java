package uk.gov.justice.ppg.gateway.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * The gateway's HTTPS client towards partners: mutual TLS 1.2+ with the gateway's client
 * certificate, the partner verified against the trusted CAs and by host name, HTTP/1.1
 * with keep-alive, bounded connect and read time.
 */
public final class PartnerHttp {

    private final HttpClient client;

    private final Duration readTimeout;

    public PartnerHttp(KeyStore clientKeys, char[] password, KeyStore trust, Duration connectTimeout,
            Duration readTimeout) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(clientKeys, password);
            TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trusted.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trusted.getTrustManagers(), null);
            SSLParameters parameters = new SSLParameters();
            parameters.setProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            this.client = HttpClient.newBuilder()
                .sslContext(context)
                .sslParameters(parameters)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot set up mutual TLS towards partners", ex);
        }
        this.readTimeout = readTimeout;
    }

    /**
     * A reply: HTTP status and body.
     *
     * @param status HTTP status
     * @param body response body
     */
    public record Reply(int status, byte[] body) {
    }

    public Reply post(URI endpoint, byte[] envelope) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
            .timeout(this.readTimeout)
            .header("Content-Type", "application/soap+xml; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
            .build();
        HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.body());
    }

}
