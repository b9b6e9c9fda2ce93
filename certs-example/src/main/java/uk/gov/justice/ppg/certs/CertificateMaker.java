package uk.gov.justice.ppg.certs;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Bouncy Castle certificate building, with the few profiles the example PKI needs. */
final class CertificateMaker {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateMaker() {
    }

    /** A key pair and the certificate (chain, leaf first) that certifies it. */
    record Credential(KeyPair keys, List<X509Certificate> chain) {

        X509Certificate certificate() {
            return this.chain.get(0);
        }

    }

    /**
     * What to issue: subject, key size, validity window, signature algorithm and purpose.
     */
    record Request(String subject, int keyBits, Instant notBefore, Instant notAfter, String signatureAlgorithm,
            Purpose purpose) {

        static Request of(String subject, Purpose purpose) {
            Instant now = Instant.now();
            return new Request(subject, 2048, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(730)),
                    "SHA256withRSA", purpose);
        }

        Request withKeyBits(int bits) {
            return new Request(this.subject, bits, this.notBefore, this.notAfter, this.signatureAlgorithm,
                    this.purpose);
        }

        Request withValidity(Instant from, Instant to) {
            return new Request(this.subject, this.keyBits, from, to, this.signatureAlgorithm, this.purpose);
        }

        Request withSignatureAlgorithm(String algorithm) {
            return new Request(this.subject, this.keyBits, this.notBefore, this.notAfter, algorithm, this.purpose);
        }

    }

    /** Certificate profiles. */
    enum Purpose {

        CA, TLS, SIGNING

    }

    static Credential selfSignedCa(String subject) throws GeneralSecurityException {
        KeyPair keys = keyPair(3072);
        Request request = Request.of(subject, Purpose.CA)
            .withValidity(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(3650)));
        return new Credential(keys, List.of(build(request, keys, name(subject), keys)));
    }

    static Credential issue(Credential issuer, Request request) throws GeneralSecurityException {
        KeyPair keys = keyPair(request.keyBits());
        X509Certificate certificate = build(request, keys,
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()), issuer.keys());
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        if (!issuer.certificate().getSubjectX500Principal().equals(issuer.certificate().getIssuerX500Principal())) {
            chain.add(issuer.certificate());
        }
        return new Credential(keys, List.copyOf(chain));
    }

    static X509CRL crl(Credential issuer, List<X509Certificate> revoked) throws GeneralSecurityException {
        Instant now = Instant.now();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(now.minus(Duration.ofHours(1))));
        builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(30))));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(now.minus(Duration.ofHours(2))),
                    CRLReason.keyCompromise);
        }
        try {
            return new JcaX509CRLConverter()
                .getCRL(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.keys().getPrivate())));
        }
        catch (OperatorCreationException ex) {
            throw new GeneralSecurityException(ex);
        }
    }

    private static X509Certificate build(Request request, KeyPair subjectKeys, X500Name issuerName, KeyPair issuerKeys)
            throws GeneralSecurityException {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(96, RANDOM).abs().add(BigInteger.ONE), Date.from(request.notBefore()),
                    Date.from(request.notAfter()), name(request.subject()), subjectKeys.getPublic());
            addExtensions(builder, request.purpose(), subjectKeys, issuerKeys);
            X509CertificateHolder holder = builder
                .build(new JcaContentSignerBuilder(request.signatureAlgorithm()).build(issuerKeys.getPrivate()));
            return new JcaX509CertificateConverter().getCertificate(holder);
        }
        catch (OperatorCreationException | IOException ex) {
            throw new GeneralSecurityException(ex);
        }
    }

    private static void addExtensions(X509v3CertificateBuilder builder, Purpose purpose, KeyPair subjectKeys,
            KeyPair issuerKeys) throws IOException, GeneralSecurityException {
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        switch (purpose) {
            case CA -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            }
            case TLS -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
                                new GeneralName(GeneralName.iPAddress, "127.0.0.1") }));
            }
            case SIGNING -> {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
        }
    }

    /**
     * An RFC 2253 name in the JDK's RDN order, so {@code X500Principal} equality holds
     * with the same string.
     */
    private static X500Name name(String rfc2253) {
        return X500Name.getInstance(new X500Principal(rfc2253).getEncoded());
    }

    private static KeyPair keyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }

}
