package uk.gov.justice.ppg.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test OCSP responder (RFC 6960, Bouncy Castle) on plain HTTP, with the small PKI it
 * answers for: a root, an issuing CA that signs its answers, and leaf certificates whose
 * Authority Information Access names it. It stands in for a CA's responder the way the
 * test TSA stands in for a time-stamping authority; it can revoke and go down.
 */
public final class TestOcsp implements AutoCloseable {

    private final KeyPair rootKeys = keys();

    private final X509Certificate root;

    private final KeyPair issuingKeys = keys();

    private final X509Certificate issuing;

    private final HttpServer server;

    private final Set<BigInteger> revoked = ConcurrentHashMap.newKeySet();

    private final AtomicLong serial = new AtomicLong(100);

    private volatile boolean down;

    private TestOcsp() throws Exception {
        this.root = certificate("CN=OCSP Test Root,O=Example,C=GB", this.rootKeys.getPublic(),
                "CN=OCSP Test Root,O=Example,C=GB", this.rootKeys.getPrivate(), true, null);
        this.issuing = certificate("CN=OCSP Test Issuing CA,O=Example,C=GB", this.issuingKeys.getPublic(),
                "CN=OCSP Test Root,O=Example,C=GB", this.rootKeys.getPrivate(), true, null);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        this.server.createContext("/ocsp", this::answer);
        this.server.start();
    }

    public static TestOcsp start() {
        try {
            return new TestOcsp();
        }
        catch (Exception ex) {
            throw new IllegalStateException("cannot start the test OCSP responder", ex);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/ocsp";
    }

    public X509Certificate root() {
        return this.root;
    }

    public X509Certificate issuing() {
        return this.issuing;
    }

    /** A leaf certificate of the issuing CA that names this responder. */
    public X509Certificate issue(String commonName) throws Exception {
        return certificate("CN=" + commonName + ",O=Example,C=GB", keys().getPublic(),
                "CN=OCSP Test Issuing CA,O=Example,C=GB", this.issuingKeys.getPrivate(), false, url());
    }

    /**
     * Current CRLs of both CAs, the issuing CA's listing {@code revoked}: with none, CRL
     * checking passes and OCSP decides.
     */
    public List<X509CRL> crls(X509Certificate... revoked) throws Exception {
        return List.of(crl("CN=OCSP Test Root,O=Example,C=GB", this.rootKeys.getPrivate()),
                crl("CN=OCSP Test Issuing CA,O=Example,C=GB", this.issuingKeys.getPrivate(), revoked));
    }

    /** The CRLs as a PEM file holds them. */
    public static String pem(List<X509CRL> crls) throws Exception {
        StringBuilder pem = new StringBuilder();
        for (X509CRL crl : crls) {
            pem.append("-----BEGIN X509 CRL-----\n")
                .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(crl.getEncoded()))
                .append("\n-----END X509 CRL-----\n");
        }
        return pem.toString();
    }

    /** A PKCS#12 trust store holding the root and the issuing CA. */
    public void writeTrustStore(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", this.root);
        store.setCertificateEntry("issuing", this.issuing);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
    }

    public void revoke(X509Certificate certificate) {
        this.revoked.add(certificate.getSerialNumber());
    }

    public void down(boolean down) {
        this.down = down;
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (this.down) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] request;
            try (InputStream in = exchange.getRequestBody()) {
                request = in.readAllBytes();
            }
            byte[] answer = sign(new OCSPReq(request));
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
        catch (Exception ex) {
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private byte[] sign(OCSPReq request) throws Exception {
        Instant now = Instant.now();
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                new RespID(new JcaX509CertificateHolder(this.issuing).getSubject()));
        for (Req one : request.getRequestList()) {
            CertificateStatus status = this.revoked.contains(one.getCertID().getSerialNumber())
                    ? new RevokedStatus(Date.from(now.minusSeconds(60)), CRLReason.keyCompromise)
                    : CertificateStatus.GOOD;
            builder.addResponse(one.getCertID(), status, Date.from(now), Date.from(now.plus(Duration.ofDays(1))), null);
        }
        return new OCSPRespBuilder()
            .build(OCSPRespBuilder.SUCCESSFUL,
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(this.issuingKeys.getPrivate()),
                            null, Date.from(now)))
            .getEncoded();
    }

    private X509Certificate certificate(String subject, PublicKey key, String issuer, PrivateKey issuerKey, boolean ca,
            String ocsp) throws Exception {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(this.serial.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))), new X500Name(subject), key);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(
                ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        if (ocsp != null) {
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, ocsp)));
        }
        return new JcaX509CertificateConverter()
            .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static X509CRL crl(String issuer, PrivateKey key, X509Certificate... revoked) throws Exception {
        Instant now = Instant.now();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(new X500Name(issuer), Date.from(now.minusSeconds(60)));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now.minusSeconds(60)),
                    CRLReason.keyCompromise);
        }
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
        return new JcaX509CRLConverter().getCRL(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
