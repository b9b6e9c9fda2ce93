package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.wss4j.common.WSS4JConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The SPG-era signature (Body only, SHA-1 digest, unsigned Timestamp) is accepted only
 * from a partner pinned to the {@code spg-2018} profile, and counted and audited as weak
 * on every use.
 */
class Spg2018ProfileIT extends GatewayIT {

    private static final String LEGACY_CASE = "L400001";

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void acceptsTheSpg2018SignatureFromThePartnerPinnedToItCountingAndAuditingItAsWeak() throws Exception {
        double before = weakUses();
        SpgResponse response = client(ExampleParty.C04).send(legacyContact(), SigningOptions.spg2018());
        assertThat(response.accepted()).as(response.text()).isTrue();
        assertThat(weakUses()).isEqualTo(before + 1);
        assertThat(this.audit.since(this.auditMark, "INTERCHANGE_ACCEPTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("signature_profile", "spg-2018")
                .containsEntry("sender", "C04"));
    }

    @Test
    void recordsAStrictSignatureFromThatPartnerAsStrict() throws Exception {
        double before = weakUses();
        SpgResponse response = client(ExampleParty.C04).send(legacyContact(), SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        assertThat(weakUses()).isEqualTo(before);
        assertThat(this.audit.since(this.auditMark, "INTERCHANGE_ACCEPTED")).singleElement()
            .satisfies((record) -> assertThat(record).containsEntry("signature_profile", "strict"));
    }

    @Test
    void refusesTheSpg2018SignatureFromPartnersNotPinnedToIt() throws Exception {
        assertRefused("GW-014",
                () -> client(ExampleParty.N00).send(Samples.fresh("0-9-14/valid/event.xml"), SigningOptions.spg2018()));
        assertRefused("GW-014", () -> client(ExampleParty.C21).send(Samples.fresh("0-9-13/valid/contact.xml"),
                SigningOptions.spg2018()));
    }

    @Test
    void refusesAnythingWeakerThanSpg2018EvenFromThePinnedPartner() throws Exception {
        assertRefused("GW-014", () -> client(ExampleParty.C04).send(legacyContact(),
                SigningOptions.spg2018().algorithms(WSS4JConstants.RSA_SHA1, WSS4JConstants.SHA1)));
        assertRefused("GW-020",
                () -> client(ExampleParty.C04).send(legacyContact(), SigningOptions.spg2018().coverage(true, false)));
    }

    @Test
    void acceptsSpgsThousandSecondTimestampsUnderItsProfileOnly() throws Exception {
        SigningOptions fifteenMinutesOld = SigningOptions.spg2018()
            .clock(Duration.ofSeconds(-900), Duration.ofSeconds(1000));
        SpgResponse legacy = client(ExampleParty.C04).send(legacyContact(), fifteenMinutesOld);
        assertThat(legacy.accepted()).as(legacy.text()).isTrue();
        assertRefused("GW-012", () -> client(ExampleParty.C04).send(legacyContact(),
                SigningOptions.spg2018().clock(Duration.ofSeconds(-1100), Duration.ofSeconds(1200))));
        assertRefused("GW-012", () -> client(ExampleParty.N00).send(Samples.fresh("0-9-14/valid/event.xml"),
                SigningOptions.strict().clock(Duration.ofSeconds(-900), Duration.ofSeconds(1000))));
    }

    @Test
    void keepsAWeakSignatureInTheReplayCacheAsLongAsItsInterchange() throws Exception {
        Timestamp aYearOn = Timestamp.from(Instant.now().plus(Duration.ofDays(365)));
        String kept = "SELECT COUNT(*) FROM replay_cache WHERE expires_at > ?";
        int before = this.jdbc.queryForObject(kept, Integer.class, aYearOn);
        assertThat(client(ExampleParty.C04).send(legacyContact(), SigningOptions.spg2018()).accepted()).isTrue();
        assertThat(this.jdbc.queryForObject(kept, Integer.class, aYearOn)).isEqualTo(before + 1);
        assertThat(client(ExampleParty.C04).send(legacyContact(), SigningOptions.strict()).accepted()).isTrue();
        assertThat(this.jdbc.queryForObject(kept, Integer.class, aYearOn)).as("a strict signature is not kept")
            .isEqualTo(before + 1);
    }

    @Test
    void countsOnlyWeakSignaturesOfInterchangesAccepted() throws Exception {
        double before = weakUses();
        Document unknownCase = legacyContact();
        Samples.setCrn(unknownCase, "L499999");
        assertRefused("GW-053", () -> client(ExampleParty.C04).send(unknownCase, SigningOptions.spg2018()));
        assertThat(weakUses()).as("verified, then refused: not counted").isEqualTo(before);
    }

    private double weakUses() {
        return this.meters.counter("gateway.signature.weak").count();
    }

    @BeforeEach
    void legacyPartnerHoldsItsCase() throws Exception {
        allocate(LEGACY_CASE, "C04");
        this.auditMark = this.audit.mark();
    }

    private static Document legacyContact() {
        Document contact = Samples.fresh("0-9-13/valid/contact.xml");
        Samples.setParty(contact, "SenderIdentity", "C04");
        Samples.setCrn(contact, LEGACY_CASE);
        return contact;
    }

}
