package uk.gov.justice.ppg.schemas.validation;

/**
 * A document is well-formed but breaks its schema. The message names the broken rule and
 * the schema component; values from the document are redacted, so it is safe for the
 * audit record.
 */
public class SchemaViolationException extends Exception {

    private final String rule;

    public SchemaViolationException(String rule, String detail) {
        super(rule + ": " + detail);
        this.rule = rule;
    }

    /** The XSD rule broken, e.g. {@code cvc-pattern-valid}, or {@code root-element}. */
    public String rule() {
        return this.rule;
    }

}
