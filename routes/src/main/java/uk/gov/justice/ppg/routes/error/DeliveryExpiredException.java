package uk.gov.justice.ppg.routes.error;

/** The delivery was not completed before it expired. */
public class DeliveryExpiredException extends GatewayException {

    public DeliveryExpiredException(String detail) {
        super(GatewayErrorCode.DELIVERY_EXPIRED, detail);
    }

    public DeliveryExpiredException(String detail, Throwable cause) {
        super(GatewayErrorCode.DELIVERY_EXPIRED, detail, cause);
    }

}
