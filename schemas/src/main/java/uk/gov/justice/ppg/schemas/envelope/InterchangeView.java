package uk.gov.justice.ppg.schemas.envelope;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.justice.ppg.schemas.MessageBody;

/**
 * What the gateway needs to know of an interchange, read from a schema-valid
 * {@code SPGInterchange}.
 *
 * @param schemaVersion the {@code SchemaVersion} attribute as sent
 * @param header the interchange header
 * @param messages the messages, in document order
 * @param trailer the interchange trailer
 */
public record InterchangeView(String schemaVersion, Header header, List<Message> messages, Trailer trailer) {

    public String sender() {
        return this.header.sender();
    }

    public String receiver() {
        return this.header.receiver();
    }

    public String senderControlReference() {
        return this.header.senderControlReference();
    }

    /**
     * The case every message concerns, if any does (the envelope rules allow only one
     * case per interchange).
     */
    public Optional<String> crn() {
        return this.messages.stream().map(Message::crn).flatMap(Optional::stream).findFirst();
    }

    public Set<MessageBody> bodies() {
        return this.messages.stream().map(Message::body).collect(Collectors.toUnmodifiableSet());
    }

    /** The first message's body: what the interchange is, for audit and routing. */
    public MessageBody primaryBody() {
        return this.messages.get(0).body();
    }

    /**
     * Whether this is a test interchange: its header's {@code TestIndicator} is {@code Y}
     * (docs/schemas.md, "Test interchanges"). Empty or {@code N}, or none, is live.
     */
    public boolean test() {
        return this.header.testIndicator().filter("Y"::equals).isPresent();
    }

    /**
     * Interchange header fields.
     *
     * @param sender SenderIdentity
     * @param receiver ReceiverIdentity
     * @param senderControlReference SenderControlReference
     * @param receiverControlReference ReceiverControlReference, if written with a value
     * @param dateOfPreparation DateOfPreparation
     * @param timeOfPreparation TimeOfPreparation
     * @param testIndicator TestIndicator, if written with a value
     */
    public record Header(String sender, String receiver, String senderControlReference,
            Optional<String> receiverControlReference, String dateOfPreparation, String timeOfPreparation,
            Optional<String> testIndicator) {
    }

    /** Interchange trailer fields. */
    public record Trailer(String senderControlReference, Optional<String> receiverControlReference, int controlCount,
            String sender, String receiver) {
    }

    /** One {@code SPGMessage}. */
    public record Message(String messageType, String versionNumber, int headerReference, int trailerReference,
            MessageBody body, Optional<String> crn) {
    }

}
