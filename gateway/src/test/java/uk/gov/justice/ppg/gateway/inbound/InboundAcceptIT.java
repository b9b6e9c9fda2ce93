package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

class InboundAcceptIT extends GatewayIT {

    @Test
    void acceptsASignedEventOverMutualTls() throws Exception {
        int queued = this.queues.depth("c00");
        SpgResponse response = client(ExampleParty.N00).send(Samples.fresh("0-9-14/valid/event.xml"),
                SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        assertThat(this.audit.since(this.auditMark, "INTERCHANGE_ACCEPTED")).hasSize(1);
        assertThat(this.queues.depth("c00")).isEqualTo(queued + 1);
    }

}
