package uk.gov.justice.ppg.routes.error;

/** The interchange's SchemaVersion is not a live version. */
public class SchemaVersionUnsupportedException extends GatewayException {

    public SchemaVersionUnsupportedException(String detail) {
        super(GatewayErrorCode.SCHEMA_VERSION_UNSUPPORTED, detail);
    }

    public SchemaVersionUnsupportedException(String detail, Throwable cause) {
        super(GatewayErrorCode.SCHEMA_VERSION_UNSUPPORTED, detail, cause);
    }

}
