package uk.gov.justice.ppg.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.CRL;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplePkiTest {

    @TempDir
    static Path dir;

    static PkiLayout pki;

    @BeforeAll
    static void generate() throws Exception {
        pki = ExamplePki.generate(dir);
    }

    @Test
    void everyPartyHasTrustedTlsAndSigningCertificates() throws Exception {
        for (ExampleParty party : ExampleParty.values()) {
            assertThat(validate(chain("" + party.id() + "-tls"))).isTrue();
            X509Certificate signing = chain(party.id() + "-signing").get(0);
            assertThat(signing.getSubjectX500Principal().getName()).contains("CN=signing." + party.tlsCommonName());
            assertThat(validate(chain(party.id() + "-signing"))).isTrue();
        }
    }

    @Test
    void badCertificatesFailPathValidationForTheirOwnReason() throws Exception {
        assertThatThrownBy(() -> validate(chain("n00-signing-expired")))
            .hasRootCauseInstanceOf(CertificateExpiredException.class);
        assertThatThrownBy(() -> validate(chain("n00-signing-not-yet-valid")))
            .hasRootCauseInstanceOf(CertificateNotYetValidException.class);
        assertThatThrownBy(() -> validate(chain("n00-signing-revoked"))).isInstanceOf(CertPathValidatorException.class)
            .hasMessageContaining("revoked");
        assertThatThrownBy(() -> validate(chain("n00-signing-untrusted")))
            .isInstanceOf(CertPathValidatorException.class);
        assertThatThrownBy(() -> validate(chain("n00-tls-revoked"))).hasMessageContaining("revoked");
    }

    @Test
    void weakVariantsAreWeakInTheAdvertisedWay() {
        X509Certificate weakKey = chain("n00-signing-rsa1024").get(0);
        assertThat(((RSAPublicKey) weakKey.getPublicKey()).getModulus().bitLength()).isEqualTo(1024);
        assertThat(chain("n00-signing-sha1").get(0).getSigAlgName()).isEqualToIgnoringCase("SHA1withRSA");
        assertThat(chain("n00-signing").get(0).getSigAlgName()).isEqualToIgnoringCase("SHA256withRSA");
    }

    @Test
    void badVariantsCarryTheRealPartnersSubject() {
        String subject = chain("n00-signing").get(0).getSubjectX500Principal().getName();
        for (String bad : List.of("expired", "not-yet-valid", "revoked", "untrusted", "rsa1024", "sha1")) {
            assertThat(chain("n00-signing-" + bad).get(0).getSubjectX500Principal().getName()).isEqualTo(subject);
        }
    }

    @Test
    void passwordFileIsOwnerOnlyAndStoresOpenWithIt() throws Exception {
        assertThat(Files.getPosixFilePermissions(pki.passwordFile()))
            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(pki.load(pki.trustStore()).size()).isEqualTo(2);
    }

    private static List<X509Certificate> chain(String name) {
        KeyStore store = pki.load(pki.keyStore(name));
        try {
            String alias = store.aliases().nextElement();
            return Arrays.stream(store.getCertificateChain(alias)).map(X509Certificate.class::cast).toList();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static boolean validate(List<X509Certificate> chain) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        KeyStore trust = pki.load(pki.trustStore());
        X509Certificate root = (X509Certificate) trust.getCertificate("example-root-ca");
        Collection<? extends CRL> crls;
        try (InputStream in = Files.newInputStream(pki.crls())) {
            crls = factory.generateCRLs(in);
        }
        assertThat(crls).hasSize(2);
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
        params.setRevocationEnabled(true);
        params.setDate(new Date());
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(chain), params);
        return true;
    }

}
