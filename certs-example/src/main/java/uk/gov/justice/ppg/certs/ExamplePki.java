package uk.gov.justice.ppg.certs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.KeyGenerator;

import uk.gov.justice.ppg.certs.CertificateMaker.Credential;
import uk.gov.justice.ppg.certs.CertificateMaker.Purpose;
import uk.gov.justice.ppg.certs.CertificateMaker.Request;

/**
 * EXAMPLE ONLY: writes the example PKI into a directory. Run with the output directory as
 * the only argument (default {@code certs-example/out}). Every run makes new keys and a
 * new random store password.
 */
public final class ExamplePki {

    /**
     * Issuer name shared by the real issuing CA and the rogue one, so only the key tells
     * them apart.
     */
    static final String ISSUING_CA = "CN=Example Issuing CA,O=Probation Partner Gateway (example),C=GB";

    /**
     * Subject of the {@code hostile-tls} credential: a CA-issued certificate whose name
     * carries line breaks, a Unicode line separator, an ANSI escape and a lookup string,
     * as an attacker with a legitimately issued certificate could. For log-injection
     * tests.
     */
    public static final String HOSTILE_SUBJECT = "CN=Hostile\r\n{\\\"message\\\":\\\"forged\\\"}\u2028\u001b[31m"
            + "${jndi:ldap://127.0.0.1:47389/a},O=Nobody,C=GB";

    private static final String COMPLETE_MARKER = ".complete";

    /** The alias of the example payload-encryption key in {@code gateway-storage.p12}. */
    public static final String STORAGE_KEY_ID = "payload-1";

    /**
     * Subject of C00's next signing certificate ({@code c00-signing-next}): a rotation to
     * a new name, which the directory must be told of.
     */
    public static final String NEXT_C00_SIGNING_SUBJECT = "CN=signing2.c00.spg.example,OU=C00,O=Stub CRC (example),C=GB";

    private final PkiLayout layout;

    private final char[] password;

    private ExamplePki(Path dir) {
        this.layout = new PkiLayout(dir);
        this.password = randomPassword();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of((args.length > 0) ? args[0] : "certs-example/out");
        boolean fresh = args.length > 1 && "--fresh".equals(args[1]);
        PkiLayout layout = fresh ? generate(dir) : ensure(dir);
        System.out.println("EXAMPLE ONLY: example PKI in " + layout.dir().toAbsolutePath());
    }

    /** Generates a fresh PKI into {@code dir}, replacing whatever was there. */
    public static PkiLayout generate(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(COMPLETE_MARKER));
        new ExamplePki(dir).writeAll();
        Files.writeString(dir.resolve(COMPLETE_MARKER), Instant.now().toString());
        return new PkiLayout(dir);
    }

    /**
     * Reuses a PKI generated in {@code dir} during the last day, or generates one. Safe
     * across JVMs.
     */
    public static synchronized PkiLayout ensure(Path dir) throws IOException, GeneralSecurityException {
        Path marker = dir.resolve(COMPLETE_MARKER);
        if (Files.exists(marker) && Files.exists(new PkiLayout(dir).keyStore("gateway-audit-next"))
                && Files.getLastModifiedTime(marker).toInstant().isAfter(Instant.now().minus(Duration.ofDays(1)))) {
            return new PkiLayout(dir);
        }
        return generate(dir);
    }

    private void writeAll() throws IOException, GeneralSecurityException {
        writePassword();
        Credential root = CertificateMaker
            .selfSignedCa("CN=Example Root CA,O=Probation Partner Gateway (example),C=GB");
        Credential issuing = CertificateMaker.issue(root, Request.of(ISSUING_CA, Purpose.CA));
        Credential rogue = CertificateMaker.issue(CertificateMaker.selfSignedCa("CN=Rogue Root CA,O=Nobody,C=GB"),
                Request.of(ISSUING_CA, Purpose.CA));
        writeTrustStore(root, issuing);
        writePem("root-ca", root.certificate());
        writePem("issuing-ca", issuing.certificate());
        for (ExampleParty party : ExampleParty.values()) {
            writeKeyStore(party.id() + "-tls",
                    CertificateMaker.issue(issuing, Request.of(party.tlsSubject(), Purpose.TLS)));
            writeKeyStore(party.id() + "-signing",
                    CertificateMaker.issue(issuing, Request.of(party.signingSubject(), Purpose.SIGNING)));
        }
        // The next generation of two credentials, for rotation drills and tests: the
        // gateway's TLS key (same
        // subject, new key) and C00's signing key (under a new subject).
        writeKeyStore("gateway-tls-next",
                CertificateMaker.issue(issuing, Request.of(ExampleParty.GATEWAY.tlsSubject(), Purpose.TLS)));
        writeKeyStore("c00-signing-next",
                CertificateMaker.issue(issuing, Request.of(NEXT_C00_SIGNING_SUBJECT, Purpose.SIGNING)));
        Credential audit = CertificateMaker.issue(issuing,
                Request.of(ExampleParty.GATEWAY.auditSubject(), Purpose.SIGNING));
        writeKeyStore("gateway-audit", audit);
        writePem("gateway-audit", audit.certificate());
        Credential nextAudit = CertificateMaker.issue(issuing,
                Request.of(ExampleParty.GATEWAY.auditSubject(), Purpose.SIGNING));
        writeKeyStore("gateway-audit-next", nextAudit);
        writePem("gateway-audit-next", nextAudit.certificate());
        writeStorageKey();
        List<X509Certificate> revoked = writeBadCredentials(issuing, rogue);
        Files.writeString(this.layout.crls(), pem("X509 CRL", CertificateMaker.crl(root, List.of()).getEncoded())
                + pem("X509 CRL", CertificateMaker.crl(issuing, revoked).getEncoded()));
    }

    /** The deliberately bad certificates; returns those that the CRL must list. */
    private List<X509Certificate> writeBadCredentials(Credential issuing, Credential rogue)
            throws IOException, GeneralSecurityException {
        Instant now = Instant.now();
        List<X509Certificate> revoked = new ArrayList<>();
        for (Purpose purpose : List.of(Purpose.SIGNING, Purpose.TLS)) {
            String kind = (purpose == Purpose.SIGNING) ? "signing" : "tls";
            Request good = Request.of(
                    (purpose == Purpose.SIGNING) ? ExampleParty.N00.signingSubject() : ExampleParty.N00.tlsSubject(),
                    purpose);
            String prefix = "n00-" + kind + "-";
            writeKeyStore(prefix + "expired", CertificateMaker.issue(issuing,
                    good.withValidity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(30)))));
            writeKeyStore(prefix + "not-yet-valid", CertificateMaker.issue(issuing,
                    good.withValidity(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(400)))));
            writeKeyStore(prefix + "untrusted", CertificateMaker.issue(rogue, good));
            Credential revokedCredential = CertificateMaker.issue(issuing, good);
            writeKeyStore(prefix + "revoked", revokedCredential);
            revoked.add(revokedCredential.certificate());
        }
        writeKeyStore("hostile-tls", CertificateMaker.issue(issuing, Request.of(HOSTILE_SUBJECT, Purpose.TLS)));
        Request signing = Request.of(ExampleParty.N00.signingSubject(), Purpose.SIGNING);
        writeKeyStore("n00-signing-rsa1024", CertificateMaker.issue(issuing, signing.withKeyBits(1024)));
        writeKeyStore("n00-signing-sha1",
                CertificateMaker.issue(issuing, signing.withSignatureAlgorithm("SHA1withRSA")));
        return revoked;
    }

    private void writeKeyStore(String name, Credential credential) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(name, credential.keys().getPrivate(), this.password,
                credential.chain().toArray(new Certificate[0]));
        save(store, this.layout.keyStore(name));
    }

    /**
     * The key that encrypts stored payloads (AES-256, alias {@value #STORAGE_KEY_ID}): a
     * secret key, not a certificate. Operators make theirs with
     * {@code keytool -genseckey}.
     */
    private void writeStorageKey() throws IOException, GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setEntry(STORAGE_KEY_ID, new KeyStore.SecretKeyEntry(generator.generateKey()),
                new KeyStore.PasswordProtection(this.password));
        save(store, this.layout.keyStore("gateway-storage"));
    }

    private void writeTrustStore(Credential root, Credential issuing) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("example-root-ca", root.certificate());
        store.setCertificateEntry("example-issuing-ca", issuing.certificate());
        save(store, this.layout.trustStore());
    }

    private void save(KeyStore store, Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, this.password);
        }
    }

    private void writePem(String name, X509Certificate certificate) throws IOException, GeneralSecurityException {
        Files.writeString(this.layout.certificate(name), pem("CERTIFICATE", certificate.getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private void writePassword() throws IOException {
        Path file = this.layout.passwordFile();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.writeString(file, new String(this.password));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException ex) {
            // not a POSIX file system; the example password stays readable
        }
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

}
