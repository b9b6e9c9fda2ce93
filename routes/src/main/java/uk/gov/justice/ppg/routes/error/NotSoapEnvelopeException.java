package uk.gov.justice.ppg.routes.error;

/** The message is not a SOAP 1.1 or 1.2 envelope with one interchange in its Body. */
public class NotSoapEnvelopeException extends GatewayException {

    public NotSoapEnvelopeException(String detail) {
        super(GatewayErrorCode.NOT_SOAP, detail);
    }

    public NotSoapEnvelopeException(String detail, Throwable cause) {
        super(GatewayErrorCode.NOT_SOAP, detail, cause);
    }

}
