package uk.gov.justice.ppg.gateway.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.client.PartnerClient;

/**
 * The gateway running on a random port over real mutual TLS with the example PKI, the
 * shipped partner directory, an H2 file database and an embedded persistent Artemis in a
 * fresh directory. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayIT {

    private static final Path DATA = Path.of("target", "it-data", UUID.randomUUID().toString()).toAbsolutePath();

    @LocalServerPort
    protected int port;

    @Autowired
    protected AuditProbe audit;

    @Autowired
    protected QueueProbe queues;

    protected long auditMark;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        PkiLayout pki = TestPki.layout();
        registry.add("gateway.pki-dir", () -> pki.dir().toString());
        registry.add("store-password", () -> new String(pki.password()));
        registry.add("gateway.partners-file",
                () -> Path.of("..", "config", "partners.yml").toAbsolutePath().toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.artemis.embedded.data-directory", () -> DATA.resolve("artemis").toString());
        registry.add("gateway.node-id", () -> "test-node");
    }

    @BeforeEach
    void markAudit() {
        this.auditMark = this.audit.mark();
    }

    protected URI endpoint() {
        return URI.create("https://localhost:" + this.port + "/cxf/InboundSPGProxy/1.2");
    }

    protected PartnerClient client(ExampleParty party) {
        return PartnerClient.of(TestPki.layout(), party, endpoint());
    }

    protected PartnerClient client(String tlsStore, String signingStore) {
        return PartnerClient.of(TestPki.layout(), tlsStore, signingStore, endpoint());
    }

}
