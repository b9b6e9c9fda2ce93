package uk.gov.justice.ppg.gateway.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.agency.ApiProblems;
import uk.gov.justice.ppg.gateway.delivery.Replays;

/**
 * Replaying dead letters, one or those a filter selects, with a reason that is required
 * and audited with the actor. A refused replay is 409 with its code (one) or listed with
 * it (a filter).
 */
@RestController
class ReplayAdmin {

    /** The most a filtered replay takes at once. */
    static final int MAX_REPLAYS = 500;

    private final Replays replays;

    private final AdminCalls calls;

    ReplayAdmin(Replays replays, AdminCalls calls) {
        this.replays = replays;
        this.calls = calls;
    }

    /** Why a dead letter is replayed. */
    record Reason(String reason) {
    }

    /** Which dead letters to replay, and why. */
    record Filter(String partner, String from, String to, String reason) {
    }

    @Allowed(AdminRole.OPERATOR)
    @PostMapping("/admin/api/v1/dead-letters/{id}/replay")
    ResponseEntity<?> replay(@PathVariable String id, @RequestBody Reason body, HttpServletRequest request) {
        String reason = Paging.reason(body.reason());
        return this.replays.replay(id, reason, AdminCalls.actor(request)).<ResponseEntity<?>>map((outcome) -> {
            if (outcome.refusal() != null) {
                this.calls.refused(request, AdminCalls.actor(request), outcome.refusal(), "replay of " + id);
                return ApiProblems.entity(outcome.refusal(), HttpStatus.CONFLICT);
            }
            return ResponseEntity.ok(Map.of("deadLetter", id, "replay", outcome.replay()));
        }).orElseGet(MessagesAdmin::notFound);
    }

    @Allowed(AdminRole.OPERATOR)
    @PostMapping("/admin/api/v1/dead-letters/replay")
    Map<String, Object> replayAll(@RequestBody Filter filter, HttpServletRequest request) {
        String reason = Paging.reason(filter.reason());
        List<Replays.Outcome> outcomes = this.replays.replayAll(filter.partner(), Paging.instant("from", filter.from()),
                Paging.instant("to", filter.to()), reason, AdminCalls.actor(request), MAX_REPLAYS);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("replayed",
                outcomes.stream()
                    .filter((outcome) -> outcome.replay() != null)
                    .map((outcome) -> Map.of("deadLetter", outcome.deadLetter(), "replay", outcome.replay()))
                    .toList());
        answer.put("refused",
                outcomes.stream()
                    .filter((outcome) -> outcome.refusal() != null)
                    .map((outcome) -> Map.of("deadLetter", outcome.deadLetter(), "code", outcome.refusal().code()))
                    .toList());
        return answer;
    }

}
