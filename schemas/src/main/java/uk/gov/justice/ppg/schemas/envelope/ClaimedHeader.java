package uk.gov.justice.ppg.schemas.envelope;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.util.Optional;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.MessageBody;
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

    private static final Pattern PARTY = Pattern.compile("N00|C[0-9]{2}|PF[0-9]{2}|CS[0-9]{3}");

    private static final Pattern REFERENCE = Pattern.compile("[0-9]{1,20}");

    private static final Pattern CRN = Pattern.compile("[A-Z][0-9]{6}");

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
        return new ClaimedHeader(field(header, "SenderIdentity", PARTY), field(header, "ReceiverIdentity", PARTY),
                field(header, "SenderControlReference", REFERENCE),
                field(header, "ReceiverControlReference", REFERENCE),
                body.flatMap((element) -> MessageBody.fromLocalName(element.getLocalName())),
                body.flatMap((element) -> Dom.descendant(element, SPG, "CaseReferenceNumber"))
                    .map((element) -> element.getTextContent().trim())
                    .filter((value) -> CRN.matcher(value).matches()));
    }

    private static Optional<String> field(Optional<Element> header, String name, Pattern form) {
        return header.flatMap((element) -> Dom.childText(element, SPG, name))
            .filter((value) -> form.matcher(value).matches());
    }

}
