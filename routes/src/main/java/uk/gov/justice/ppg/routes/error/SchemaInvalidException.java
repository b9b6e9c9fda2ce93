package uk.gov.justice.ppg.routes.error;

/** The interchange is well-formed but not valid against its schema. */
public class SchemaInvalidException extends GatewayException {

    public SchemaInvalidException(String detail) {
        super(GatewayErrorCode.SCHEMA_INVALID, detail);
    }

    public SchemaInvalidException(String detail, Throwable cause) {
        super(GatewayErrorCode.SCHEMA_INVALID, detail, cause);
    }

}
