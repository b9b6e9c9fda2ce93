package uk.gov.justice.ppg.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The certification authorities the gateway trusts and their revocation lists:
 * self-signed certificates in the trust store are anchors, the others are intermediates.
 *
 * @param anchors trusted root certificates
 * @param intermediates issuing CA certificates
 * @param crls current revocation lists for anchors and intermediates
 */
record TrustMaterial(List<X509Certificate> anchors, List<X509Certificate> intermediates, List<X509CRL> crls) {

    public static TrustMaterial load(Path trustStore, char[] password, Path crlFile) {
        try {
            KeyStore store = KeyStores.load(trustStore, new String(password));
            List<X509Certificate> anchors = new ArrayList<>();
            List<X509Certificate> intermediates = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
                boolean selfSigned = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
                (selfSigned ? anchors : intermediates).add(certificate);
            }
            return new TrustMaterial(List.copyOf(anchors), List.copyOf(intermediates), loadCrls(crlFile));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot load trust material from " + trustStore, ex);
        }
    }

    private static List<X509CRL> loadCrls(Path crlFile) throws IOException, GeneralSecurityException {
        List<X509CRL> crls = new ArrayList<>();
        try (InputStream in = Files.newInputStream(crlFile)) {
            for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                crls.add((X509CRL) crl);
            }
        }
        return List.copyOf(crls);
    }

}
