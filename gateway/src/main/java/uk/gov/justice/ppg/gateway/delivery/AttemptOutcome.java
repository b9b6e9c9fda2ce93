package uk.gov.justice.ppg.gateway.delivery;

/**
 * What one delivery attempt came to.
 *
 * @param kind delivered, refused for good, or worth retrying
 * @param errorCode the {@code GW-0xx} code of a failure, null when delivered
 * @param detail audit-safe detail (status code, exception type)
 */
public record AttemptOutcome(Kind kind, String errorCode, String detail) {

    public static AttemptOutcome delivered() {
        return new AttemptOutcome(Kind.DELIVERED, null, "200");
    }

    public static AttemptOutcome refused(String detail) {
        return new AttemptOutcome(Kind.REFUSED, "GW-070", detail);
    }

    public static AttemptOutcome retry(String errorCode, String detail) {
        return new AttemptOutcome(Kind.RETRY, errorCode, detail);
    }

    /**
     * The three outcomes: only a good reply is a delivery; only a clear refusal is final.
     */
    public enum Kind {

        DELIVERED, REFUSED, RETRY

    }

}
