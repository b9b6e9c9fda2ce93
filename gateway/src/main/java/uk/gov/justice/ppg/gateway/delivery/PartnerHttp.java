package uk.gov.justice.ppg.gateway.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.Flow;

import uk.gov.justice.ppg.schemas.xml.Serialized;
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
        return post(endpoint, Serialized.of(envelope));
    }

    /** Posts a signed envelope, sent from its buffer as written. */
    public Reply post(URI endpoint, Serialized envelope) throws IOException, InterruptedException {
        return post(endpoint, "application/soap+xml; charset=UTF-8", envelope);
    }

    /** Posts an item to an agency on the JSON channel. */
    public Reply postJson(URI endpoint, byte[] item) throws IOException, InterruptedException {
        return post(endpoint, "application/json", Serialized.of(item));
    }

    private Reply post(URI endpoint, String contentType, Serialized body) throws IOException, InterruptedException {
        ReleasedBody published = new ReleasedBody(body);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
            .timeout(this.readTimeout)
            .header("Content-Type", contentType)
            .POST(published)
            .build();
        try {
            HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.body());
        }
        finally {
            published.release();
        }
    }

    /**
     * The body, let go of once its exchange is over. The JDK client keeps a finished
     * request until its timeout event fires (up to the read timeout later), and the
     * request its body: a large delivery would stay on the heap that long (ADR 0033).
     */
    private static final class ReleasedBody implements HttpRequest.BodyPublisher {

        private final long length;

        private volatile HttpRequest.BodyPublisher body;

        ReleasedBody(Serialized body) {
            this.length = body.length();
            this.body = HttpRequest.BodyPublishers.ofByteArray(body.array(), 0, body.length());
        }

        @Override
        public long contentLength() {
            return this.length;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            HttpRequest.BodyPublisher current = this.body;
            if (current == null) {
                subscriber.onSubscribe(new Flow.Subscription() {
                    @Override
                    public void request(long n) {
                    }

                    @Override
                    public void cancel() {
                    }
                });
                subscriber.onError(new IllegalStateException("the body was let go of after its exchange"));
                return;
            }
            current.subscribe(subscriber);
        }

        void release() {
            this.body = null;
        }

    }

}
