package uk.gov.justice.ppg.gateway.agency;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * RFC 9457 problem details carrying the gateway's catalogue: {@code type} names the
 * code's page, {@code title} its generic text, {@code code} the code itself. Never a
 * value from the request.
 */
public final class ApiProblems {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiProblems() {
    }

    public static ProblemDetail of(GatewayErrorCode code, HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("https://probation-partner-gateway.example/errors/" + code.code()));
        problem.setTitle(code.text());
        problem.setProperty("code", code.code());
        return problem;
    }

    public static ResponseEntity<ProblemDetail> entity(GatewayErrorCode code, HttpStatus status) {
        return ResponseEntity.status(status).contentType(PROBLEM).body(of(code, status));
    }

    /**
     * Refuses a request whose token verified: one audit record, and the problem with the
     * code's status ({@link ApiStatus}); 503 asks for a retry.
     */
    static ResponseEntity<ProblemDetail> refused(ApiRefusals refusals, HttpServletRequest request, Jwt token,
            GatewayException refusal) {
        refusals.verified(request, token, refusal.code(), refusal.detail());
        HttpStatus status = ApiStatus.of(refusal.code());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(PROBLEM);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", "5");
        }
        return response.body(of(refusal.code(), status));
    }

    /**
     * An unexpected failure as GW-099: the operational log names the exception's type,
     * never its message (which may quote the request).
     */
    static GatewayException unexpected(RuntimeException failure) {
        LOG.error("agency API request failed unexpectedly ({})", failure.getClass().getName());
        return new GatewayException(GatewayErrorCode.INTERNAL_ERROR, failure.getClass().getSimpleName(), failure);
    }

    /** Writes a problem straight to the response, for the security filters. */
    public static void write(HttpServletResponse response, GatewayErrorCode code, HttpStatus status)
            throws IOException {
        ProblemDetail problem = of(code, status);
        ObjectNode body = JSON.createObjectNode()
            .put("type", problem.getType().toString())
            .put("title", problem.getTitle())
            .put("status", status.value())
            .put("code", code.code());
        response.setStatus(status.value());
        response.setContentType(PROBLEM.toString());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        JSON.writeValue(response.getOutputStream(), body);
    }

}
