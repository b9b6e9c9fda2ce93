package uk.gov.justice.ppg.routes.error;

/**
 * The receiver failed one delivery again and again while it accepted the gateway's other
 * deliveries: the message itself is what it cannot take.
 */
public class DeliveryFailedRepeatedlyException extends GatewayException {

    public DeliveryFailedRepeatedlyException(String detail) {
        super(GatewayErrorCode.DELIVERY_FAILED_REPEATEDLY, detail);
    }

}
