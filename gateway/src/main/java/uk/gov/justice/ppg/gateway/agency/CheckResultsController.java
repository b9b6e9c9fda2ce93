package uk.gov.justice.ppg.gateway.agency;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.accept.AgencyAcceptance;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * {@code POST /api/v1/check-results}: a domestic-abuse or safeguarding check result as
 * JSON with an {@code Idempotency-Key} (scope {@code checks:result:write}). 202 with
 * {@code Location: /api/v1/messages/{id}} once it is stored durably; the same key and
 * body again get the same answer. Every refusal is a problem detail with its GW code and
 * one audit record, and stores nothing.
 */
@RestController
class CheckResultsController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    private final Callers callers;

    private final CheckResultPosts posts;

    private final ApiRefusals refusals;

    CheckResultsController(Callers callers, CheckResultPosts posts, ApiRefusals refusals) {
        this.callers = callers;
        this.posts = posts;
        this.refusals = refusals;
    }

    @Operation(summary = "Post a check result",
            description = "A DomesticAbuseCheckResult or SafeguardingCheckResult as JSON (schemas in"
                    + " schemas/src/main/resources/json), answering a check request sent to the caller."
                    + " Scope checks:result:write.",
            requestBody = @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE)))
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
            description = "1 to 64 of A-Z a-z 0-9 . _ : - (a UUID, say); the same key and body get the same answer")
    @ApiResponse(responseCode = "202", description = "stored durably; Location names the message to track",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Receipt.class)))
    @ApiResponse(responseCode = "400", description = "GW-080, GW-081, GW-082 (the JSON), GW-088 (the key)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "GW-083: no token, or one that does not verify",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403",
            description = "GW-084, GW-085 (the token); GW-091 (another agency's request); GW-034, GW-035",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "GW-087: not application/json",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422",
            description = "GW-089 (key used with another body), GW-090 (no such" + " request), or a routing refusal",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "GW-060..063: not stored; retry with the same key",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/api/v1/check-results", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> post(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        var caller = this.callers.of(token, request);
        if (caller.isEmpty()) {
            return refused(request, token, Callers.noOne());
        }
        try {
            checkContentType(request.getContentType());
            String key = request.getHeader(IDEMPOTENCY_KEY);
            if (key == null || !KEY.matcher(key).matches()) {
                throw new GatewayException(GatewayErrorCode.IDEMPOTENCY_KEY_MISSING, "no usable Idempotency-Key");
            }
            String tls = CertificateBound.clientCertificate(request)
                .map((certificate) -> certificate.getSubjectX500Principal().getName())
                .orElse(null);
            AgencyAcceptance.Accepted accepted = this.posts.post(caller.get(), new CheckResultPosts.Post(
                    bounded(request), key, tls, "token client " + caller.get().partyCode() + ", jti " + token.getId()));
            String location = "/api/v1/messages/" + accepted.interchangeId();
            return ResponseEntity.accepted()
                .location(URI.create(location))
                .body(new Receipt(accepted.interchangeId(), accepted.duplicate() ? "DUPLICATE" : "ACCEPTED", location));
        }
        catch (GatewayException ex) {
            return refused(request, token, ex);
        }
        catch (DataAccessException | TransactionException ex) {
            return refused(request, token, new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE,
                    "store unavailable: " + ex.getClass().getSimpleName(), ex));
        }
        catch (RuntimeException ex) {
            return refused(request, token, ApiProblems.unexpected(ex));
        }
    }

    /**
     * The answer to an accepted result.
     *
     * @param id the message id, which {@code GET /api/v1/messages/{id}} tracks
     * @param status {@code ACCEPTED}, or {@code DUPLICATE} when the key was used before
     * with the same body
     * @param location where to track it
     */
    record Receipt(String id, String status, String location) {
    }

    private static void checkContentType(String header) {
        try {
            MediaType type = (header == null) ? null : MediaType.parseMediaType(header);
            boolean json = type != null && type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
                    && (type.getCharset() == null || "UTF-8".equals(type.getCharset().name()));
            if (json) {
                return;
            }
        }
        catch (IllegalArgumentException ex) {
            // refused below
        }
        throw new GatewayException(GatewayErrorCode.CONTENT_TYPE_UNSUPPORTED, "content type not application/json");
    }

    /**
     * The body, read no further than one byte over the limit the JSON reader enforces.
     */
    private static byte[] bounded(HttpServletRequest request) {
        try (InputStream body = request.getInputStream()) {
            byte[] read = body.readNBytes(JsonBodies.MAX_BYTES + 1);
            if (read.length > JsonBodies.MAX_BYTES) {
                throw new GatewayException(GatewayErrorCode.JSON_LIMIT_EXCEEDED,
                        "body over " + JsonBodies.MAX_BYTES + " bytes");
            }
            return read;
        }
        catch (IOException ex) {
            throw new GatewayException(GatewayErrorCode.JSON_MALFORMED,
                    "body not read: " + ex.getClass().getSimpleName());
        }
    }

    private ResponseEntity<?> refused(HttpServletRequest request, Jwt token, GatewayException refusal) {
        return ApiProblems.refused(this.refusals, request, token, refusal);
    }

}
