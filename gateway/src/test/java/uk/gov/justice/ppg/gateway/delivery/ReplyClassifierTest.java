package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * The reply table of docs/delivery.md, "Attempts, retries, expiry", one row per reply:
 * only a good reply delivers; only a clear refusal is final; everything else is retried
 * because its outcome is unknown.
 */
class ReplyClassifierTest {

    private static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private static final String SPG = "http://www.justice.gsi.gov.uk/SPG/";

    private static final Map<String, String> BODIES = Map.of("accepted-1.2", envelope(SOAP_12, response("200")),
            "accepted-1.1", envelope(SOAP_11, response("200")), "response-500", envelope(SOAP_12, response("500")),
            "sender-fault-1.2", envelope(SOAP_12, "<s:Fault><s:Code><s:Value>s:Sender</s:Value></s:Code></s:Fault>"),
            "client-fault-1.1",
            envelope(SOAP_11, "<s:Fault><faultcode>s:Client</faultcode><faultstring>no</faultstring></s:Fault>"),
            "receiver-fault-1.2",
            envelope(SOAP_12, "<s:Fault><s:Code><s:Value>s:Receiver</s:Value></s:Code></s:Fault>"), "other-body",
            envelope(SOAP_12, "<Other xmlns=\"" + SPG + "\"/>"), "malformed", "<s:Envelope", "doctype",
            "<!DOCTYPE x [<!ENTITY e \"e\">]>" + envelope(SOAP_12, response("200")), "empty", "");

    @ParameterizedTest(name = "HTTP {0} with {1}: {2} {3}")
    @CsvSource({ "200, accepted-1.2, DELIVERED, -", "200, accepted-1.1, DELIVERED, -", "400, empty, REFUSED, GW-070",
            "404, accepted-1.2, REFUSED, GW-070", "499, empty, REFUSED, GW-070",
            "500, sender-fault-1.2, REFUSED, GW-070", "500, client-fault-1.1, REFUSED, GW-070",
            "200, sender-fault-1.2, REFUSED, GW-070", "408, empty, RETRY, GW-072", "425, empty, RETRY, GW-072",
            "429, accepted-1.2, RETRY, GW-072", "500, empty, RETRY, GW-072", "500, receiver-fault-1.2, RETRY, GW-072",
            "503, accepted-1.2, RETRY, GW-072", "302, accepted-1.2, RETRY, GW-072", "200, empty, RETRY, GW-072",
            "200, malformed, RETRY, GW-072", "200, doctype, RETRY, GW-072", "200, response-500, RETRY, GW-072",
            "200, other-body, RETRY, GW-072", "200, receiver-fault-1.2, RETRY, GW-072" })
    void classifiesEachReply(int status, String body, AttemptOutcome.Kind kind, String code) {
        AttemptOutcome outcome = ReplyClassifier.classify(status, BODIES.get(body).getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.kind()).isEqualTo(kind);
        assertThat((outcome.error() != null) ? outcome.error().code() : "-").isEqualTo(code);
        if (kind == AttemptOutcome.Kind.DELIVERED) {
            assertThat(outcome.error()).isNull();
        }
        else {
            assertThat(outcome.error()).isIn(GatewayErrorCode.DELIVERY_REFUSED,
                    GatewayErrorCode.RECEIVER_REPLY_INVALID);
        }
    }

    private static String response(String type) {
        return "<SPGInterchangeResponse xmlns=\"" + SPG + "\"><SPGInterchangeResponseType>" + type
                + "</SPGInterchangeResponseType></SPGInterchangeResponse>";
    }

    private static String envelope(String namespace, String body) {
        return "<s:Envelope xmlns:s=\"" + namespace + "\"><s:Header/><s:Body>" + body + "</s:Body></s:Envelope>";
    }

}
