package uk.gov.justice.ppg.schemas.envelope;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.util.Optional;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SpgValues;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * What an interchange that has not passed validation claims about itself: the header's
 * identities and control references, the first body, and its case. A value is read only
 * if it has the exact form of its field (a party code, digits, a CRN, a catalogue body),
 * so nothing else a message holds can reach an audit record this way.
 *
 * @param sender SenderIdentity
 * @param receiver ReceiverIdentity
 * @param senderControlReference SenderControlReference
 * @param receiverControlReference ReceiverControlReference
 * @param body the first message's body
 * @param crn the first CaseReferenceNumber
 */
public record ClaimedHeader(Optional<String> sender, Optional<String> receiver, Optional<String> senderControlReference,
        Optional<String> receiverControlReference, Optional<MessageBody> body, Optional<String> crn) {

    /** Reads what it can; an element that is not an SPGInterchange claims nothing. */
    public static ClaimedHeader read(Element interchange) {
        Optional<Element> header = Optional.ofNullable(interchange)
            .filter((element) -> Dom.is(element, SPG, "SPGInterchange"))
            .flatMap((element) -> Dom.child(element, SPG, "SPGInterchangeHeader"));
        Optional<Element> body = Optional.ofNullable(interchange)
            .flatMap((element) -> Dom.child(element, SPG, "SPGMessage"))
            .map(Dom::children)
            .filter((children) -> children.size() > 1)
            .map((children) -> children.get(1));
        return new ClaimedHeader(field(header, "SenderIdentity", SpgValues.PARTY_CODE),
                field(header, "ReceiverIdentity", SpgValues.PARTY_CODE),
                field(header, "SenderControlReference", SpgValues.CONTROL_REFERENCE),
                field(header, "ReceiverControlReference", SpgValues.CONTROL_REFERENCE),
                body.flatMap((element) -> MessageBody.fromLocalName(element.getLocalName())),
                body.flatMap((element) -> Dom.descendant(element, SPG, "CaseReferenceNumber"))
                    .map((element) -> element.getTextContent().trim())
                    .filter((value) -> SpgValues.CRN.matcher(value).matches()));
    }

    private static Optional<String> field(Optional<Element> header, String name, Pattern form) {
        return header.flatMap((element) -> Dom.childText(element, SPG, name))
            .filter((value) -> form.matcher(value).matches());
    }

}
