package uk.gov.justice.ppg.gateway.agency;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.gov.justice.ppg.schemas.MessageBody;

/**
 * The check bodies the agency channel carries, each with its SPG element path, its JSON
 * Schema ({@code schemas/src/main/resources/json/}) and its field table.
 */
enum CheckBody {

    DOMESTIC_ABUSE_RESULT(MessageBody.DOMESTIC_ABUSE_CHECK_RESULT, CheckType.DOMESTIC_ABUSE, "CheckResult",
            "domestic-abuse-check-result", CheckFields.DOMESTIC_ABUSE_RESULT),

    SAFEGUARDING_RESULT(MessageBody.SAFEGUARDING_CHECK_RESULT, CheckType.SAFEGUARDING, "CheckResult",
            "safeguarding-check-result", CheckFields.SAFEGUARDING_RESULT),

    DOMESTIC_ABUSE_REQUEST(MessageBody.DOMESTIC_ABUSE_CHECK_REQUEST, CheckType.DOMESTIC_ABUSE, "CheckRequest",
            "check-request", CheckFields.REQUEST),

    SAFEGUARDING_REQUEST(MessageBody.SAFEGUARDING_CHECK_REQUEST, CheckType.SAFEGUARDING, "CheckRequest",
            "check-request", CheckFields.REQUEST);

    private final MessageBody body;

    private final CheckType type;

    private final String inner;

    private final String schema;

    private final List<CheckFields.Field> fields;

    CheckBody(MessageBody body, CheckType type, String inner, String schema, List<CheckFields.Field> fields) {
        this.body = body;
        this.type = type;
        this.inner = inner;
        this.schema = schema;
        this.fields = fields;
    }

    MessageBody body() {
        return this.body;
    }

    CheckType type() {
        return this.type;
    }

    /**
     * The element under the body that holds the details:
     * {@code DomesticAbuseCheckResultDetails}.
     */
    String details() {
        return this.body.localName() + "Details";
    }

    /**
     * The element under the details that holds the fields: {@code CheckResult} or
     * {@code CheckRequest}.
     */
    String inner() {
        return this.inner;
    }

    /** The JSON Schema's file name under {@code json/}, without {@code .schema.json}. */
    String schema() {
        return this.schema;
    }

    List<CheckFields.Field> fields() {
        return this.fields;
    }

    boolean isResult() {
        return this == DOMESTIC_ABUSE_RESULT || this == SAFEGUARDING_RESULT;
    }

    static Optional<CheckBody> of(MessageBody body) {
        return Arrays.stream(values()).filter((check) -> check.body == body).findFirst();
    }

    /** The result body for a JSON {@code checkType}. */
    static Optional<CheckBody> result(String checkType) {
        return Arrays.stream(values())
            .filter((check) -> check.isResult() && check.type.name().equals(checkType))
            .findFirst();
    }

    /** The two kinds of check, as JSON names them. */
    enum CheckType {

        DOMESTIC_ABUSE, SAFEGUARDING

    }

}
