package uk.gov.justice.ppg.routes.error;

/** The interchange's SchemaVersion is not the version the partner is pinned to. */
public class SchemaVersionNotPinnedException extends GatewayException {

    public SchemaVersionNotPinnedException(String detail) {
        super(GatewayErrorCode.SCHEMA_VERSION_NOT_PINNED, detail);
    }

    public SchemaVersionNotPinnedException(String detail, Throwable cause) {
        super(GatewayErrorCode.SCHEMA_VERSION_NOT_PINNED, detail, cause);
    }

}
