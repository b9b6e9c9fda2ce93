package uk.gov.justice.ppg.routes.error;

/** The receiver refused the delivery (HTTP 4xx or a SOAP Sender fault). */
public class DeliveryRefusedException extends GatewayException {

    public DeliveryRefusedException(String detail) {
        super(GatewayErrorCode.DELIVERY_REFUSED, detail);
    }

    public DeliveryRefusedException(String detail, Throwable cause) {
        super(GatewayErrorCode.DELIVERY_REFUSED, detail, cause);
    }

}
