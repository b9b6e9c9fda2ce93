package uk.gov.justice.ppg.routes.error;

/** The message exceeds a depth, element-count, attribute or text limit. */
public class XmlLimitExceededException extends GatewayException {

    public XmlLimitExceededException(String detail) {
        super(GatewayErrorCode.XML_LIMIT_EXCEEDED, detail);
    }

    public XmlLimitExceededException(String detail, Throwable cause) {
        super(GatewayErrorCode.XML_LIMIT_EXCEEDED, detail, cause);
    }

}
