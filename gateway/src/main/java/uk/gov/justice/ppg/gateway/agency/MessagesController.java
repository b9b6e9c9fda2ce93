package uk.gov.justice.ppg.gateway.agency;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

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

    @GetMapping(path = "/api/v1/messages/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> message(@PathVariable String id, @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        return this.callers.of(token, request)
            .<ResponseEntity<?>>map((caller) -> this.messages.find(id, caller.partyCode())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> refused(request, token, GatewayErrorCode.API_NOT_FOUND, HttpStatus.NOT_FOUND,
                        "no such message sent by " + caller.partyCode())))
            .orElseGet(() -> refused(request, token, GatewayErrorCode.TOKEN_NOT_THIS_PARTNER, HttpStatus.FORBIDDEN,
                    "the token's client is not the TLS certificate's partner"));
    }

    private ResponseEntity<?> refused(HttpServletRequest request, Jwt token, GatewayErrorCode code, HttpStatus status,
            String why) {
        this.refusals.verified(request, token, code, why);
        return ApiProblems.entity(code, status);
    }

}
