package uk.gov.justice.ppg.routes.inbound;

import java.nio.charset.StandardCharsets;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.SoapVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;

/**
 * The endpoint's answers: {@code SPGInterchangeResponse} 200 for an accepted interchange,
 * and a generic fault carrying only a {@code GW-0xx} code and the gateway's message id
 * for anything refused.
 */
public final class SoapReplies {

    /** Namespace of the gateway's fault detail. */
    public static final String ERRORS_NS = "urn:uk:gov:justice:ppg:errors";

    private static final String ACCEPTED_BODY = "<SPGInterchangeResponse xmlns=\"" + SpgNamespaces.SPG + "\">"
            + "<SPGInterchangeResponseType>200</SPGInterchangeResponseType></SPGInterchangeResponse>";

    private SoapReplies() {
    }

    public static SoapReply accepted(SoapVersion version) {
        return new SoapReply(envelope(version, ACCEPTED_BODY), version.contentType(), 200);
    }

    public static SoapReply fault(SoapVersion version, GatewayErrorCode code, String messageId) {
        String detail = "<gw:GatewayError xmlns:gw=\"" + ERRORS_NS + "\"><gw:Code>" + code.code()
                + "</gw:Code><gw:MessageId>" + messageId + "</gw:MessageId></gw:GatewayError>";
        boolean sender = code.fault() == GatewayErrorCode.Fault.SENDER;
        String fault = (version == SoapVersion.SOAP_12) ? soap12Fault(code, sender, detail)
                : soap11Fault(code, sender, detail);
        return new SoapReply(envelope(version, fault), version.contentType(), status(version, code));
    }

    private static String soap12Fault(GatewayErrorCode code, boolean sender, String detail) {
        return "<soap:Fault><soap:Code><soap:Value>soap:" + (sender ? "Sender" : "Receiver")
                + "</soap:Value><soap:Subcode><soap:Value xmlns:gw=\"" + ERRORS_NS + "\">gw:" + code.code()
                + "</soap:Value></soap:Subcode></soap:Code><soap:Reason><soap:Text xml:lang=\"en\">" + code.text()
                + "</soap:Text></soap:Reason><soap:Detail>" + detail + "</soap:Detail></soap:Fault>";
    }

    private static String soap11Fault(GatewayErrorCode code, boolean sender, String detail) {
        return "<soap:Fault><faultcode>soap:" + (sender ? "Client" : "Server") + "</faultcode><faultstring>"
                + code.code() + ": " + code.text() + "</faultstring><detail>" + detail + "</detail></soap:Fault>";
    }

    /**
     * SOAP 1.2 binding: Sender faults are 400, Receiver faults 500; "retry later" is 503
     * in both versions.
     */
    private static int status(SoapVersion version, GatewayErrorCode code) {
        return switch (code.fault()) {
            case UNAVAILABLE -> 503;
            case SENDER -> (version == SoapVersion.SOAP_12) ? 400 : 500;
            case RECEIVER -> 500;
        };
    }

    private static byte[] envelope(SoapVersion version, String body) {
        return ("<soap:Envelope xmlns:soap=\"" + version.namespace() + "\"><soap:Header/><soap:Body>" + body
                + "</soap:Body></soap:Envelope>")
            .getBytes(StandardCharsets.UTF_8);
    }

}
