package uk.gov.justice.ppg.routes.error;

/** The message contains a document type declaration or entity. */
public class DtdForbiddenException extends GatewayException {

    public DtdForbiddenException(String detail) {
        super(GatewayErrorCode.XML_DTD_FORBIDDEN, detail);
    }

    public DtdForbiddenException(String detail, Throwable cause) {
        super(GatewayErrorCode.XML_DTD_FORBIDDEN, detail, cause);
    }

}
