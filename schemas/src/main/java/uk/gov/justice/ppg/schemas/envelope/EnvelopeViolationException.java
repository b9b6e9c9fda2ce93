package uk.gov.justice.ppg.schemas.envelope;

/** A schema-valid interchange breaks an envelope rule. */
public class EnvelopeViolationException extends Exception {

    private final EnvelopeRule rule;

    public EnvelopeViolationException(EnvelopeRule rule) {
        super("envelope rule broken: " + rule);
        this.rule = rule;
    }

    public EnvelopeRule rule() {
        return this.rule;
    }

}
