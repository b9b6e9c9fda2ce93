package uk.gov.justice.ppg.schemas.envelope;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an {@link InterchangeView} against every {@link EnvelopeRule}; the first broken
 * rule is reported.
 */
public final class EnvelopeRules {

    private EnvelopeRules() {
    }

    public static void check(InterchangeView view) throws EnvelopeViolationException {
        InterchangeView.Header header = view.header();
        InterchangeView.Trailer trailer = view.trailer();
        require(header.sender().equals(trailer.sender()), EnvelopeRule.SENDER_IDENTITY_AGREES);
        require(header.receiver().equals(trailer.receiver()), EnvelopeRule.RECEIVER_IDENTITY_AGREES);
        require(header.senderControlReference().equals(trailer.senderControlReference()),
                EnvelopeRule.SENDER_CONTROL_REFERENCE_AGREES);
        require(header.receiverControlReference().equals(trailer.receiverControlReference()),
                EnvelopeRule.RECEIVER_CONTROL_REFERENCE_AGREES);
        require(trailer.controlCount() == view.messages().size(), EnvelopeRule.CONTROL_COUNT_MATCHES);
        require(!header.sender().equals(header.receiver()), EnvelopeRule.SENDER_IS_NOT_RECEIVER);
        checkMessages(view.schemaVersion(), view.messages());
    }

    private static void checkMessages(String schemaVersion, List<InterchangeView.Message> messages)
            throws EnvelopeViolationException {
        Optional<String> firstCase = Optional.empty();
        for (int i = 0; i < messages.size(); i++) {
            InterchangeView.Message message = messages.get(i);
            require(message.headerReference() == message.trailerReference(), EnvelopeRule.MESSAGE_REFERENCES_PAIR);
            require(message.headerReference() == i + 1, EnvelopeRule.MESSAGE_REFERENCES_SEQUENTIAL);
            require(schemaVersion.equals(message.versionNumber()), EnvelopeRule.MESSAGE_VERSION_MATCHES);
            require(message.body().travelsAs(message.messageType()), EnvelopeRule.MESSAGE_TYPE_FITS_BODY);
            if (message.crn().isPresent()) {
                require(firstCase.isEmpty() || Objects.equals(firstCase, message.crn()),
                        EnvelopeRule.ONE_CASE_PER_INTERCHANGE);
                firstCase = message.crn();
            }
        }
    }

    private static void require(boolean kept, EnvelopeRule rule) throws EnvelopeViolationException {
        if (!kept) {
            throw new EnvelopeViolationException(rule);
        }
    }

}
