package uk.gov.justice.ppg.gateway.agency;

import java.util.Map;

import org.springframework.http.HttpStatus;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * The HTTP status each GW code answers with on the agency API: 400 for a body that cannot
 * be read as its schema says, 403 for what the caller may not do, 415 for the wrong
 * content type, 422 for a well-formed request the gateway will not act on, 503 when it
 * cannot store now (retry with the same Idempotency-Key), 500 otherwise.
 */
final class ApiStatus {

    private static final Map<GatewayErrorCode, HttpStatus> STATUS = Map.ofEntries(
            Map.entry(GatewayErrorCode.JSON_MALFORMED, HttpStatus.BAD_REQUEST),
            Map.entry(GatewayErrorCode.JSON_LIMIT_EXCEEDED, HttpStatus.BAD_REQUEST),
            Map.entry(GatewayErrorCode.JSON_SCHEMA_INVALID, HttpStatus.BAD_REQUEST),
            Map.entry(GatewayErrorCode.IDEMPOTENCY_KEY_MISSING, HttpStatus.BAD_REQUEST),
            Map.entry(GatewayErrorCode.QUERY_INVALID, HttpStatus.BAD_REQUEST),
            Map.entry(GatewayErrorCode.DELIVERY_EXPIRED, HttpStatus.GONE),
            Map.entry(GatewayErrorCode.TOKEN_INVALID, HttpStatus.UNAUTHORIZED),
            Map.entry(GatewayErrorCode.TOKEN_SCOPE_MISSING, HttpStatus.FORBIDDEN),
            Map.entry(GatewayErrorCode.TOKEN_NOT_THIS_PARTNER, HttpStatus.FORBIDDEN),
            Map.entry(GatewayErrorCode.CHECK_REQUEST_NOT_ASKED, HttpStatus.FORBIDDEN),
            Map.entry(GatewayErrorCode.CHECK_QUERY_NOT_PERMITTED, HttpStatus.FORBIDDEN),
            Map.entry(GatewayErrorCode.CHECK_ALREADY_ANSWERED, HttpStatus.CONFLICT),
            Map.entry(GatewayErrorCode.CHECK_WITHDRAWN, HttpStatus.CONFLICT),
            Map.entry(GatewayErrorCode.MESSAGE_TYPE_NOT_PERMITTED, HttpStatus.FORBIDDEN),
            Map.entry(GatewayErrorCode.RECEIVER_NOT_PERMITTED, HttpStatus.FORBIDDEN),
            Map.entry(GatewayErrorCode.API_NOT_FOUND, HttpStatus.NOT_FOUND),
            Map.entry(GatewayErrorCode.CONTENT_TYPE_UNSUPPORTED, HttpStatus.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(GatewayErrorCode.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR));

    private ApiStatus() {
    }

    static HttpStatus of(GatewayErrorCode code) {
        HttpStatus status = STATUS.get(code);
        if (status != null) {
            return status;
        }
        return switch (code.fault()) {
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case RECEIVER -> HttpStatus.INTERNAL_SERVER_ERROR;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

}
