package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.wss4j.common.WSS4JConstants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    private MeterRegistry meters;

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

    private double weakUses() {
        return this.meters.counter("gateway.signature.weak").count();
    }

    private static Document legacyContact() {
        Document contact = Samples.fresh("0-9-13/valid/contact.xml");
        Samples.setParty(contact, "SenderIdentity", "C04");
        return contact;
    }

}
