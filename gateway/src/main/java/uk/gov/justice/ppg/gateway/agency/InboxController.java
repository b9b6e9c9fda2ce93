package uk.gov.justice.ppg.gateway.agency;

import java.util.Optional;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.delivery.Inboxes;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The calling agency's inbox (scope {@code inbox:read}): {@code GET /api/v1/inbox} lists
 * its open items oldest first from a cursor; {@code POST /api/v1/inbox/{id}/ack} takes
 * one out, which delivers it (audited, ISN to its sender). Acknowledging again answers
 * the same; an item that expired first answers 410 (GW-071): it was dead-lettered.
 */
@RestController
class InboxController {

    private final Callers callers;

    private final InboxPages pages;

    private final Inboxes inboxes;

    private final ApiRefusals refusals;

    InboxController(Callers callers, InboxPages pages, Inboxes inboxes, ApiRefusals refusals) {
        this.callers = callers;
        this.pages = pages;
        this.inboxes = inboxes;
        this.refusals = refusals;
    }

    @Operation(summary = "The caller's inbox, oldest first",
            description = "Open items (check requests, status notifications) in the order they entered. Pass the"
                    + " answer's next as after for the next page; an item stays listed until acknowledged, so a"
                    + " poll without after starts again at the oldest. Scope inbox:read.")
    @ApiResponse(responseCode = "200", description = "items and the cursor after the last",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @ApiResponse(responseCode = "400", description = "GW-092: after not a cursor, or limit outside 1..200",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "GW-083",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "GW-084, GW-085",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = "/api/v1/inbox", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> list(
            @Parameter(description = "the cursor from the previous page") @RequestParam(name = "after",
                    required = false) String after,
            @Parameter(description = "1 to 200, default 50") @RequestParam(name = "limit",
                    required = false) String limit,
            @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        Optional<Callers.Caller> caller = this.callers.of(token, request);
        if (caller.isEmpty()) {
            return refused(request, token, Callers.noOne());
        }
        try {
            return ResponseEntity
                .ok(this.pages.page(caller.get().partner().id(), after, limit, actor(caller.get(), token)));
        }
        catch (GatewayException ex) {
            return refused(request, token, ex);
        }
        catch (DataAccessException ex) {
            return refused(request, token,
                    new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "inbox unavailable", ex));
        }
        catch (RuntimeException ex) {
            return refused(request, token, ApiProblems.unexpected(ex));
        }
    }

    @Operation(summary = "Acknowledge an inbox item",
            description = "Takes the item out of the inbox: it counts as delivered from now (audited, and its sender"
                    + " gets a success status notification). Idempotent. Scope inbox:read.")
    @ApiResponse(responseCode = "200", description = "acknowledged, now or before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
    @ApiResponse(responseCode = "401", description = "GW-083",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "GW-084, GW-085",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "GW-086: no such item in the caller's inbox",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "410", description = "GW-071: it expired first and was dead-lettered",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/api/v1/inbox/{id}/ack", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> acknowledge(@PathVariable String id, @AuthenticationPrincipal Jwt token,
            HttpServletRequest request) {
        Optional<Callers.Caller> caller = this.callers.of(token, request);
        if (caller.isEmpty()) {
            return refused(request, token, Callers.noOne());
        }
        try {
            Inboxes.Acknowledged outcome = this.inboxes.acknowledge(caller.get().partner().id(), id,
                    actor(caller.get(), token));
            return switch (outcome) {
                case NOW,
                        BEFORE ->
                    ResponseEntity.ok(InboxItems.JSON.createObjectNode()
                        .put("id", id)
                        .put("status", "ACKNOWLEDGED")
                        .put("before", outcome == Inboxes.Acknowledged.BEFORE));
                case EXPIRED -> refused(request, token,
                        new GatewayException(GatewayErrorCode.DELIVERY_EXPIRED, "item expired before its ack"));
                case UNKNOWN -> refused(request, token, new GatewayException(GatewayErrorCode.API_NOT_FOUND,
                        "no such item in the inbox of " + caller.get().partyCode()));
            };
        }
        catch (GatewayException ex) {
            return refused(request, token, ex);
        }
        catch (RuntimeException ex) {
            return refused(request, token, ApiProblems.unexpected(ex));
        }
    }

    private static String actor(Callers.Caller caller, Jwt token) {
        return "by token client " + caller.partyCode() + ", jti " + token.getId();
    }

    private ResponseEntity<?> refused(HttpServletRequest request, Jwt token, GatewayException refusal) {
        return ApiProblems.refused(this.refusals, request, token, refusal);
    }

}
