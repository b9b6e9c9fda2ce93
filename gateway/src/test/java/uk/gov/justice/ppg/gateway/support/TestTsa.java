package uk.gov.justice.ppg.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A test RFC 3161 time-stamping authority (Bouncy Castle TSP) on plain HTTP: it stands in
 * for a real TSA the way WireMock stands in for partners. Its certificate is what an
 * auditor would be given to check the tokens.
 */
public final class TestTsa implements AutoCloseable {

    private final KeyPair keys;

    private final X509Certificate certificate;

    private final HttpServer server;

    private final AtomicLong serial = new AtomicLong();

    private volatile boolean down;

    private TestTsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Test Time-Stamping Authority,O=Example,C=GB");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN, Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))), name, this.keys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        this.certificate = new JcaX509CertificateConverter()
            .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(this.keys.getPrivate())));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        this.server.createContext("/tsa", this::stamp);
        this.server.start();
    }

    public static TestTsa start() {
        try {
            return new TestTsa();
        }
        catch (Exception ex) {
            throw new IllegalStateException("cannot start the test TSA", ex);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/tsa";
    }

    public X509Certificate certificate() {
        return this.certificate;
    }

    /** While down, the TSA answers 503. */
    public void down(boolean down) {
        this.down = down;
    }

    private void stamp(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            if (this.down) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", this.keys.getPrivate(),
                            this.certificate),
                    new JcaDigestCalculatorProviderBuilder().build()
                        .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            tokens.addCertificates(new JcaCertStore(List.of(this.certificate)));
            byte[] response = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(request, BigInteger.valueOf(this.serial.incrementAndGet()), new Date())
                .getEncoded();
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, response.length);
            out.write(response);
        }
        catch (Exception ex) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

}
