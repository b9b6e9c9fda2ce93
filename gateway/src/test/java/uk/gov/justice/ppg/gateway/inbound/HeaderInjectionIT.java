package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.HeaderRecorder;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * Camel-prefixed headers in any casing, sent as HTTP headers and query parameters, never
 * reach a route step after admission, and cannot redirect where the gateway queues a
 * delivery. Camel 4.18.0's CXF header filter lets lower-cased Camel headers through to
 * the exchange (this test shows them arriving at admission), so the gateway's own drop is
 * what stops them.
 */
class HeaderInjectionIT extends GatewayIT {

    private static final Pattern CAMEL = Pattern.compile("(?i)^(camel|org\\.apache\\.camel).*");

    private static final List<String> INJECTED = List.of("CamelExecCommandExecutable", "CAmelBeanMethodName",
            "cAMELFileName", "CamelJmsDestinationName", "camelhttpresponsecode", "org.apache.camel.evil",
            "operationName");

    @Autowired
    private HeaderRecorder recorder;

    @BeforeEach
    void clear() {
        this.recorder.clear();
    }

    @Test
    void dropsInjectedHeadersAndQueryParametersAtAdmission() throws Exception {
        PartnerClient nps = client(ExampleParty.N00);
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        byte[] envelope = SecureXml.serialize(nps.sign(event, SigningOptions.strict()));
        URI target = URI.create(nps.endpoint() + "?CamelJmsDestinationName=evil&cAmElFileName=x&operationName=y");
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
            .header("Content-Type", "application/soap+xml")
            .header("X-Probe", "visible-at-admission");
        INJECTED.forEach((name) -> request.header(name, "evil"));
        HttpResponse<String> response = nps.http()
            .http()
            .send(request.POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(this.recorder.seenAt("admit")).as("wire headers, injected ones included, reach admission")
            .isNotEmpty()
            .allSatisfy((seen) -> assertThat(seen.headers()).anyMatch("x-probe"::equalsIgnoreCase)
                .anyMatch("CamelExecCommandExecutable"::equalsIgnoreCase));
        for (String step : List.of("guard", "verify-signature", "validate", "authorise", "accept")) {
            assertThat(this.recorder.seenAt(step)).as(step)
                .isNotEmpty()
                .allSatisfy((seen) -> assertThat(seen.headers()).noneMatch((name) -> CAMEL.matcher(name).matches())
                    .noneMatch((name) -> name.equalsIgnoreCase("operationName") || name.equalsIgnoreCase("x-probe")));
        }
        Awaitility.await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> PARTNERS.received("c00", Samples.controlReference(event)).size() == 1);
        assertThat(this.queues.depthOf("evil")).isZero();
    }

}
