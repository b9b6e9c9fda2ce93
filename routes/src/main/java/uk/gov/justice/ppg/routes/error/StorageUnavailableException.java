package uk.gov.justice.ppg.routes.error;

/** The database or the message broker is unavailable; nothing was accepted. */
public class StorageUnavailableException extends GatewayException {

    public StorageUnavailableException(String detail) {
        super(GatewayErrorCode.STORAGE_UNAVAILABLE, detail);
    }

    public StorageUnavailableException(String detail, Throwable cause) {
        super(GatewayErrorCode.STORAGE_UNAVAILABLE, detail, cause);
    }

}
