package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.net.ssl.SSLSocket;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.ExamplePki;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.admin.AdminPort;
import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.partner.DirectoryChanges;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tls.MutualTls;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Certificates rotated while messages flow, in a context of its own with its own copy of
 * the gateway's TLS key store: the gateway's TLS key is replaced on disk and both
 * listeners and the outbound client take it without a restart; C00 moves to a signing
 * certificate under a new subject with an overlap, inside which both are accepted and
 * after which the old one is refused. Every interchange sent meanwhile is accepted and
 * delivered.
 */
class RotationIT extends GatewayIT {

    private static final PkiLayout PKI = TestPki.layout();

    private static final Path TLS_STORE = copyOfTheGatewaysTlsStore();

    private static final String CRN = "K300001";

    @Autowired
    private DirectoryChanges directory;

    @Autowired
    private AdminPort adminPort;

    @DynamicPropertySource
    static void ownKeys(DynamicPropertyRegistry registry) {
        GatewayIT.ownStores(registry);
        registry.add("gateway.pki.tls-key-store", TLS_STORE::toString);
        registry.add("gateway.housekeeping.key-material", () -> "500ms");
    }

    @Test
    void theGatewaysTlsKeyAndAPartnersSigningCertificateAreRotatedUnderTrafficLosingNothing() throws Exception {
        allocate(CRN, "C00");
        AtomicReference<String> c00Signing = new AtomicReference<>("c00-signing");
        List<String> sent = new CopyOnWriteArrayList<>();
        List<String> refused = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService traffic = Executors.newFixedThreadPool(2);
        List<Future<?>> senders = new ArrayList<>();
        senders.add(traffic.submit(() -> keepSending(running, sent, refused, () -> "n00-signing", true)));
        senders.add(traffic.submit(() -> keepSending(running, sent, refused, c00Signing::get, false)));
        try {
            BigInteger before = servedSerial(this.port);
            BigInteger next = serial(PKI.load(PKI.keyStore("gateway-tls-next")));
            assertThat(next).isNotEqualTo(before);
            Files.copy(PKI.keyStore("gateway-tls-next"), TLS_STORE, StandardCopyOption.REPLACE_EXISTING);
            Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(servedSerial(this.port)).as("the partner port's certificate").isEqualTo(next));
            assertThat(servedSerial(this.adminPort.localPort())).as("the admin listener's").isEqualTo(next);
            assertThatThrownBy(() -> client("n00-tls-revoked", "n00-signing").send(Samples.allocation(CRN, "C00"),
                    SigningOptions.strict()))
                .as("the partner port still checks the CRL at the handshake")
                .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> handshake(this.port, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"))
                .as("and still offers only AEAD suites")
                .isInstanceOf(IOException.class);

            Instant until = Instant.now().plusSeconds(8);
            this.directory.putPartner("c00", rotatedC00(until), Optional.empty(), "C00 signing renewal",
                    new Actor("test-admin", "RotationIT"));
            assertThat(sendContact("c00-signing").accepted()).as("the old signing certificate, inside the overlap")
                .isTrue();
            assertThat(sendContact("c00-signing-next").accepted()).as("the new one").isTrue();
            c00Signing.set("c00-signing-next");
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()) + 200);
            assertThat(sendContact("c00-signing").errorCode()).as("the old one after the overlap").contains("GW-030");
        }
        finally {
            running.set(false);
            traffic.shutdown();
            traffic.awaitTermination(30, TimeUnit.SECONDS);
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        assertThat(refused).as("refused while rotating").isEmpty();
        assertThat(sent).hasSizeGreaterThan(10);
        for (String reference : sent) {
            assertThat(this.deliveries.awaitFinal(reference, Duration.ofSeconds(30))).as(reference)
                .isNotEmpty()
                .allSatisfy((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        }
    }

    private void keepSending(AtomicBoolean running, List<String> sent, List<String> refused, Supplier<String> signing,
            boolean fromNps) {
        while (running.get()) {
            try {
                Document interchange = fromNps ? Samples.allocation(CRN, "C00") : contact();
                String tls = fromNps ? "n00-tls" : "c00-tls";
                SpgResponse response = client(tls, signing.get()).send(interchange, SigningOptions.strict());
                if (response.accepted()) {
                    sent.add(Samples.controlReference(interchange));
                }
                else {
                    refused.add(response.errorCode() + " " + signing.get());
                }
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (Exception ex) {
                refused.add(ex.getClass().getSimpleName());
            }
        }
    }

    private SpgResponse sendContact(String signingStore) throws Exception {
        return client("c00-tls", signingStore).send(contact(), SigningOptions.strict());
    }

    private static Document contact() {
        Document contact = Samples.fresh("0-9-14/valid/contact.xml");
        Samples.setCrn(contact, CRN);
        return contact;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rotatedC00(Instant until) {
        Map<String, Object> c00 = new LinkedHashMap<>(
                ((List<Map<String, Object>>) this.directory.view().get("partners")).stream()
                    .filter((partner) -> "c00".equals(partner.get("id")))
                    .findFirst()
                    .orElseThrow());
        c00.put("signing-subject", ExamplePki.NEXT_C00_SIGNING_SUBJECT);
        c00.put("rotation", Map.of("signing-subject", ExampleParty.C00.signingSubject(), "until", until.toString()));
        return c00;
    }

    private static BigInteger servedSerial(int port) throws Exception {
        return handshake(port, null);
    }

    /**
     * The serial of the certificate the port presents, offering only {@code suite} if
     * given.
     */
    private static BigInteger handshake(int port, String suite) throws Exception {
        var context = MutualTls.context(PKI.load(PKI.tlsKeyStore(ExampleParty.C00)), PKI.password(),
                PKI.load(PKI.trustStore()));
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", port)) {
            if (suite != null) {
                socket.setEnabledProtocols(new String[] { "TLSv1.2" });
                socket.setEnabledCipherSuites(new String[] { suite });
            }
            socket.startHandshake();
            return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSerialNumber();
        }
    }

    private static BigInteger serial(KeyStore store) throws Exception {
        return ((X509Certificate) store.getCertificate(store.aliases().nextElement())).getSerialNumber();
    }

    private static Path copyOfTheGatewaysTlsStore() {
        try {
            Path copy = dataDirectory().resolve("gateway-tls.p12");
            Files.createDirectories(copy.getParent());
            return Files.copy(PKI.tlsKeyStore(ExampleParty.GATEWAY), copy);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
