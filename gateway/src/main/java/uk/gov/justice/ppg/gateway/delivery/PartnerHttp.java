package uk.gov.justice.ppg.gateway.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;

import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The gateway's HTTPS client towards partners: mutual TLS 1.2+ with the gateway's client
 * certificate, the partner verified against the trusted CAs and by host name, HTTP/1.1
 * with keep-alive, bounded connect and read time. A replaced TLS key is taken without a
 * restart.
 */
final class PartnerHttp {

    private volatile HttpClient client;

    private final char[] password;

    private volatile KeyStore trust;

    private volatile KeyStore clientKeys;

    private final Duration connectTimeout;

    private final Duration readTimeout;

    PartnerHttp(KeyStore clientKeys, char[] password, KeyStore trust, Duration connectTimeout, Duration readTimeout) {
        this.password = password;
        this.trust = trust;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clientKeys = clientKeys;
        this.client = client(clientKeys);
    }

    /**
     * Takes a replaced TLS key: new connections present its certificate; requests already
     * in flight finish on the old client.
     */
    synchronized void useClientKeys(KeyStore clientKeys) {
        this.clientKeys = clientKeys;
        this.client = client(clientKeys);
    }

    /** Takes a replaced trust store, as for the client keys. */
    synchronized void useTrust(KeyStore trust) {
        this.trust = trust;
        this.client = client(this.clientKeys);
    }

    private HttpClient client(KeyStore clientKeys) {
        return HttpClient.newBuilder()
            .sslContext(MutualTls.context(clientKeys, this.password, this.trust))
            .sslParameters(MutualTls.client(true))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(this.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
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
        return post(endpoint, "application/soap+xml; charset=UTF-8", envelope);
    }

    /** Posts an item to an agency on the JSON channel. */
    public Reply postJson(URI endpoint, byte[] item) throws IOException, InterruptedException {
        return post(endpoint, "application/json", item);
    }

    private Reply post(URI endpoint, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
            .timeout(this.readTimeout)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
        HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.body());
    }

}
