package uk.gov.justice.ppg.schemas.xml;

/**
 * A document broke a hardening rule or was not well-formed; nothing was built from it.
 */
public class XmlRejectedException extends Exception {

    private final Reason reason;

    public XmlRejectedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public XmlRejectedException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return this.reason;
    }

    /** Why a document was refused. */
    public enum Reason {

        TOO_LARGE, DTD_FORBIDDEN, PROCESSING_INSTRUCTION_FORBIDDEN, TOO_DEEP, TOO_MANY_ELEMENTS, TOO_MANY_ATTRIBUTES,
        TEXT_TOO_LONG, MALFORMED

    }

}
