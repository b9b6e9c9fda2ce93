package uk.gov.justice.ppg.gateway.agency;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.validation.SchemaValidator;
import uk.gov.justice.ppg.schemas.validation.SchemaViolationException;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;

/**
 * A check result posted as JSON, made into the interchange the accept path stores: read
 * within limits and checked against its schema ({@link #read}), then written as 0-9-14
 * under the envelope the gateway chose and validated by the same XSD as a SOAP result
 * ({@link #interchange}). Each refusal is a {@link GatewayException} with its GW code.
 */
final class CheckResultIntake {

    private final JsonBodies bodies;

    private final JsonToSpg mapping = new JsonToSpg();

    private final SchemaValidator xsd = SpgSchemas.interchange(JsonToSpg.VERSION);

    CheckResultIntake(JsonBodies bodies) {
        this.bodies = bodies;
    }

    JsonBodies.CheckResult read(byte[] body) {
        return this.bodies.checkResult(body);
    }

    Document interchange(JsonBodies.CheckResult result, Envelope envelope) {
        Document interchange = this.mapping.interchange(result.check(), result.json(), envelope);
        try {
            this.xsd.validate(interchange.getDocumentElement());
        }
        catch (SchemaViolationException ex) {
            throw new GatewayException(GatewayErrorCode.JSON_SCHEMA_INVALID,
                    "its " + result.check().body().localName() + " breaks the XSD: " + ex.getMessage(), ex);
        }
        return interchange;
    }

}
