package uk.gov.justice.ppg.gateway.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.XmlRejectedException;

/**
 * The interchanges the gateway itself writes: the {@code InterchangeStatusNotification}
 * (RSP) that tells a sender how its interchange ended, and the
 * {@code ConnectionNotification} (SYS) liveness ping, and the check ledger's
 * {@code CheckLedgerNotification}. Every value put into them is a code, a party or a
 * number the gateway validated or generated.
 */
final class GatewayMessages {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private GatewayMessages() {
    }

    /**
     * Addressing of a gateway-written interchange.
     *
     * @param sender party it is sent as
     * @param receiver party it goes to
     * @param controlReference its SenderControlReference
     * @param acknowledges the control reference it answers, or null
     * @param version the receiver's schema version
     * @param at when it is prepared
     */
    record Addressing(String sender, String receiver, String controlReference, String acknowledges,
            SchemaVersion version, Instant at) {
    }

    static Element statusNotification(Addressing to, String statusCode, String reasonCode) {
        String reason = (reasonCode == null) ? "" : "<StatusReason>" + reasonCode + "</StatusReason>";
        return interchange(to, "RSP", "<InterchangeStatusNotification><StatusCode>" + statusCode + "</StatusCode>"
                + reason + "</InterchangeStatusNotification>");
    }

    /**
     * A CheckLedgerNotification (0-9-14 only) about checks on one case: their types,
     * RequestIDs, agencies and due dates, the case's responsible organisation and when
     * the notice took effect; a test interchange if any of the checks was a test.
     */
    static Element checkLedgerNotification(Addressing to, String notice, String crn, List<CheckRequests.Entry> checks,
            String responsible, Instant effective) {
        StringBuilder body = new StringBuilder("<CheckLedgerNotification><CheckLedgerNotificationDetails><Offender>"
                + "<CaseReferenceNumber>" + crn + "</CaseReferenceNumber></Offender><Notice>" + notice + "</Notice>");
        for (CheckRequests.Entry check : checks) {
            body.append("<Check><CheckType>")
                .append(check.checkType())
                .append("</CheckType><RequestID>")
                .append(check.requestId())
                .append("</RequestID><Agency>")
                .append(check.agency())
                .append("</Agency><DueDate>")
                .append(DATE.format(check.dueBy().minusSeconds(1).atZone(UK)))
                .append("</DueDate></Check>");
        }
        if (responsible != null) {
            body.append("<ResponsibleOrganisation>").append(responsible).append("</ResponsibleOrganisation>");
        }
        body.append("<EffectiveTime>")
            .append(DateTimeFormatter.ISO_INSTANT.format(effective.truncatedTo(ChronoUnit.MILLIS)))
            .append("</EffectiveTime></CheckLedgerNotificationDetails></CheckLedgerNotification>");
        return interchange(to, "INS", body.toString(), checks.stream().anyMatch(CheckRequests.Entry::test));
    }

    static Element connectionNotification(Addressing to) {
        return interchange(to, "SYS", "<ConnectionNotification/>");
    }

    private static Element interchange(Addressing to, String messageType, String body) {
        return interchange(to, messageType, body, false);
    }

    /**
     * The interchange; {@code test} marks it TestIndicator Y, as what it is about was.
     */
    private static Element interchange(Addressing to, String messageType, String body, boolean test) {
        String version = to.version().wireName();
        String receiverReference = (to.acknowledges() == null) ? ""
                : "<ReceiverControlReference>" + to.acknowledges() + "</ReceiverControlReference>";
        String xml = "<SPGInterchange xmlns=\"" + SpgNamespaces.SPG + "\" SchemaVersion=\"" + version
                + "\" SchemaDate=\"" + to.version().schemaDate() + "\"><SPGInterchangeHeader><SenderIdentity>"
                + to.sender() + "</SenderIdentity><ReceiverIdentity>" + to.receiver()
                + "</ReceiverIdentity><SenderControlReference>" + to.controlReference() + "</SenderControlReference>"
                + receiverReference + "<DateOfPreparation>" + DATE.format(to.at().atZone(UK))
                + "</DateOfPreparation><TimeOfPreparation>" + TIME.format(to.at().atZone(UK))
                + "</TimeOfPreparation><ApplicationReference>SPG</ApplicationReference>"
                + (test ? "<TestIndicator>Y</TestIndicator>" : "") + "</SPGInterchangeHeader>"
                + "<SPGMessage><SPGMessageHeader><MessageType>" + messageType + "</MessageType><MessageVersionNumber>"
                + version + "</MessageVersionNumber><MessageReferenceNumber>1</MessageReferenceNumber>"
                + "</SPGMessageHeader>" + body + "<SPGMessageTrailer><MessageReferenceNumber>1</MessageReferenceNumber>"
                + "</SPGMessageTrailer></SPGMessage><SPGInterchangeTrailer><SenderControlReference>"
                + to.controlReference() + "</SenderControlReference>" + receiverReference
                + "<ControlCount>1</ControlCount><SenderIdentity>" + to.sender() + "</SenderIdentity><ReceiverIdentity>"
                + to.receiver() + "</ReceiverIdentity></SPGInterchangeTrailer></SPGInterchange>";
        try {
            return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        }
        catch (XmlRejectedException ex) {
            throw new IllegalStateException("gateway message template broken", ex);
        }
    }

}
