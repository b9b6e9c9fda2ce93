package uk.gov.justice.ppg.gateway.agency;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * {@code GET /api/v1/checks}: the check ledger (scope {@code checks:read}). With
 * {@code crn}, every check on that case with its history, for nDelius and the CRC
 * responsible for the case only (GW-096 otherwise, audited); without, the caller's
 * organisation's checks, {@code state} open (default), overdue or all. As JSON, or as CSV
 * for inspection with {@code format=csv}.
 */
@RestController
class ChecksController {

    /** Says whether the answer was cut at {@link CheckQueries#LIMIT} checks. */
    static final String TRUNCATED = "X-Checks-Truncated";

    private final Callers callers;

    private final CheckQueries queries;

    private final ApiRefusals refusals;

    ChecksController(Callers callers, CheckQueries queries, ApiRefusals refusals) {
        this.callers = callers;
        this.queries = queries;
        this.refusals = refusals;
    }

    @Operation(summary = "Checks in the ledger",
            description = "With crn: every check on the case and its history (nDelius and the responsible CRC only)."
                    + " Without: the caller's checks (asked of it, asked by it, on its cases), open, overdue or all,"
                    + " with their age. format=csv for a CSV export. Scope checks:read.")
    @ApiResponse(responseCode = "200", description = "the checks",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE), @Content(mediaType = "text/csv") })
    @ApiResponse(responseCode = "400", description = "GW-092: a crn, state or format that is not acceptable",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "GW-083",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "GW-084, GW-085, GW-096: a case the caller does not hold",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = "/api/v1/checks", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
    ResponseEntity<?> checks(
            @Parameter(description = "a case reference number") @RequestParam(name = "crn",
                    required = false) String crn,
            @Parameter(description = "open (default), overdue or all; without crn") @RequestParam(name = "state",
                    required = false) String state,
            @Parameter(description = "json (default) or csv") @RequestParam(name = "format",
                    required = false) String format,
            @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        Optional<Callers.Caller> caller = this.callers.of(token, request);
        if (caller.isEmpty()) {
            return refused(request, token, Callers.noOne());
        }
        try {
            boolean csv = csv(format);
            List<ObjectNode> checks = (crn != null) ? this.queries.onCase(caller.get(), crn)
                    : this.queries.ofOrganisation(caller.get(), CheckQueries.Filter.of(state));
            String truncated = String.valueOf(checks.size() >= CheckQueries.LIMIT);
            if (csv) {
                return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"checks.csv\"")
                    .header(TRUNCATED, truncated)
                    .body(CheckCsv.of(checks));
            }
            ObjectNode answer = InboxItems.JSON.createObjectNode();
            answer.set("checks", InboxItems.JSON.valueToTree(checks));
            answer.put("truncated", Boolean.parseBoolean(truncated));
            return ResponseEntity.ok().header(TRUNCATED, truncated).body(answer);
        }
        catch (GatewayException ex) {
            return refused(request, token, ex);
        }
        catch (DataAccessException ex) {
            return refused(request, token,
                    new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "check ledger unavailable", ex));
        }
        catch (RuntimeException ex) {
            return refused(request, token, ApiProblems.unexpected(ex));
        }
    }

    private static boolean csv(String format) {
        if (format == null || "json".equals(format)) {
            return false;
        }
        if ("csv".equals(format)) {
            return true;
        }
        throw new GatewayException(GatewayErrorCode.QUERY_INVALID, "format is json or csv");
    }

    private ResponseEntity<?> refused(HttpServletRequest request, Jwt token, GatewayException refusal) {
        return ApiProblems.refused(this.refusals, request, token, refusal);
    }

}
