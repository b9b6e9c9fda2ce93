package uk.gov.justice.ppg.gateway.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * {@code GET /api/v1/messages/{id}}: where a message the caller sent is, accepted and
 * then delivered, pending or failed at each receiver (scope {@code messages:read}).
 */
@RestController
class MessagesController {

    private final Callers callers;

    private final MessageStatusQuery messages;

    private final ApiRefusals refusals;

    MessagesController(Callers callers, MessageStatusQuery messages, ApiRefusals refusals) {
        this.callers = callers;
        this.messages = messages;
        this.refusals = refusals;
    }

    @Operation(summary = "Where a message the caller sent is",
            description = "Accepted, then pending, delivered or failed at each receiver. Scope messages:read.")
    @ApiResponse(responseCode = "200", description = "the message and its deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MessageStatusQuery.MessageStatus.class)))
    @ApiResponse(responseCode = "401", description = "GW-083: no token, or one that does not verify",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "GW-084 (scope) or GW-085 (another partner's token)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "GW-086: no such message sent by the caller",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(path = "/api/v1/messages/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> message(@PathVariable String id, @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return this.callers.of(token, request)
            .<ResponseEntity<?>>map((caller) -> this.messages.find(id, caller.partyCode())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> refused(request, token, GatewayErrorCode.API_NOT_FOUND,
                        "no such message sent by " + caller.partyCode())))
            .orElseGet(() -> ApiProblems.refused(this.refusals, request, token, Callers.noOne()));
    }

    private ResponseEntity<?> refused(HttpServletRequest request, Jwt token, GatewayErrorCode code, String why) {
        return ApiProblems.refused(this.refusals, request, token, new GatewayException(code, why));
    }

}
