package uk.gov.justice.ppg.routes.error;

/** The SOAP Body does not hold an SPGInterchange in the SPG namespace. */
public class WrongNamespaceException extends GatewayException {

    public WrongNamespaceException(String detail) {
        super(GatewayErrorCode.WRONG_NAMESPACE, detail);
    }

    public WrongNamespaceException(String detail, Throwable cause) {
        super(GatewayErrorCode.WRONG_NAMESPACE, detail, cause);
    }

}
