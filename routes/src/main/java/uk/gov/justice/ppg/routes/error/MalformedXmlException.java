package uk.gov.justice.ppg.routes.error;

/** The message is not well-formed XML or contains a processing instruction. */
public class MalformedXmlException extends GatewayException {

    public MalformedXmlException(String detail) {
        super(GatewayErrorCode.XML_MALFORMED, detail);
    }

    public MalformedXmlException(String detail, Throwable cause) {
        super(GatewayErrorCode.XML_MALFORMED, detail, cause);
    }

}
