package uk.gov.justice.ppg.tools.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.time.Duration;

import uk.gov.justice.ppg.tls.MutualTls;

/**
 * Posts SOAP over mutual TLS (TLS 1.2+, HTTP/1.1 keep-alive), presenting a partner's TLS
 * certificate.
 */
public final class SpgHttpClient {

    private final HttpClient http;

    public SpgHttpClient(KeyStore tlsKeyStore, KeyStore trustStore, char[] password) {
        this.http = HttpClient.newBuilder()
            .sslContext(MutualTls.context(tlsKeyStore, password, trustStore))
            .sslParameters(MutualTls.client(false))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    }

    public SpgResponse post(URI endpoint, byte[] envelope, boolean soap12) throws IOException, InterruptedException {
        return post(endpoint, envelope, soap12 ? "application/soap+xml; charset=UTF-8" : "text/xml; charset=UTF-8");
    }

    public SpgResponse post(URI endpoint, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
        HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new SpgResponse(response.statusCode(), response.body());
    }

    public HttpClient http() {
        return this.http;
    }

}
