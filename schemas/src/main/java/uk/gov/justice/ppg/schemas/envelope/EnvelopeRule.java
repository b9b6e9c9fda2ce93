package uk.gov.justice.ppg.schemas.envelope;

/** The envelope rules an interchange must keep beyond its schema. */
public enum EnvelopeRule {

    /** {@code SenderIdentity} differs between header and trailer. */
    SENDER_IDENTITY_AGREES,

    /** {@code ReceiverIdentity} differs between header and trailer. */
    RECEIVER_IDENTITY_AGREES,

    /** {@code SenderControlReference} differs between header and trailer. */
    SENDER_CONTROL_REFERENCE_AGREES,

    /**
     * {@code ReceiverControlReference} is in one of header and trailer only, or differs.
     */
    RECEIVER_CONTROL_REFERENCE_AGREES,

    /** {@code ControlCount} is not the number of messages. */
    CONTROL_COUNT_MATCHES,

    /** A message's header and trailer {@code MessageReferenceNumber} differ. */
    MESSAGE_REFERENCES_PAIR,

    /** Message reference numbers are not 1, 2, ... n in order. */
    MESSAGE_REFERENCES_SEQUENTIAL,

    /**
     * A {@code MessageVersionNumber} differs from the interchange's
     * {@code SchemaVersion}.
     */
    MESSAGE_VERSION_MATCHES,

    /**
     * The {@code MessageType} is not one the body may travel as (SYS pings, RSP
     * notifications, INS/UPD/DEL data).
     */
    MESSAGE_TYPE_FITS_BODY,

    /** Messages in one interchange concern more than one case. */
    ONE_CASE_PER_INTERCHANGE,

    /** Sender and receiver are the same party. */
    SENDER_IS_NOT_RECEIVER

}
