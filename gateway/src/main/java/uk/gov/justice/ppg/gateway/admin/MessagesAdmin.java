package uk.gov.justice.ppg.gateway.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.agency.ApiProblems;
import uk.gov.justice.ppg.gateway.audit.AuditSearch;
import uk.gov.justice.ppg.gateway.store.DeliveryState;
import uk.gov.justice.ppg.gateway.store.Tracking;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Message tracking for operators: interchanges by case, control reference, party, type,
 * delivery state and time, each with its deliveries; one interchange with its lifecycle
 * from the audit log; and the dead letters.
 */
@RestController
class MessagesAdmin {

    private final Tracking tracking;

    private final AuditSearch audit;

    MessagesAdmin(Tracking tracking, AuditSearch audit) {
        this.tracking = tracking;
        this.audit = audit;
    }

    @Allowed(AdminRole.OPERATOR)
    @GetMapping("/admin/api/v1/messages")
    Map<String, Object> messages(@RequestParam(required = false) String crn,
            @RequestParam(required = false) String controlReference, @RequestParam(required = false) String party,
            @RequestParam(required = false) String type, @RequestParam(required = false) String state,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int pageNumber = Paging.page(page);
        int pageSize = Paging.size(size);
        Tracking.Criteria criteria = new Tracking.Criteria(crn, controlReference, party, type, state(state),
                Paging.instant("from", from), Paging.instant("to", to));
        List<Map<String, Object>> found = this.tracking.interchanges(criteria, pageNumber, pageSize);
        return Map.of("page", pageNumber, "size", pageSize, "interchanges", found);
    }

    @Allowed(AdminRole.OPERATOR)
    @GetMapping("/admin/api/v1/messages/{id}")
    ResponseEntity<?> message(@PathVariable String id) {
        return this.tracking.interchange(id).<ResponseEntity<?>>map((interchange) -> {
            interchange.put("lifecycle", this.audit.lifecycle(id));
            return ResponseEntity.ok(interchange);
        }).orElseGet(MessagesAdmin::notFound);
    }

    @Allowed(AdminRole.OPERATOR)
    @GetMapping("/admin/api/v1/dead-letters")
    Map<String, Object> deadLetters(@RequestParam(required = false) String partner,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int pageNumber = Paging.page(page);
        int pageSize = Paging.size(size);
        return Map.of("page", pageNumber, "size", pageSize, "deadLetters", this.tracking.deadLetters(partner,
                Paging.instant("from", from), Paging.instant("to", to), pageNumber, pageSize));
    }

    static ResponseEntity<ProblemDetail> notFound() {
        return ApiProblems.entity(GatewayErrorCode.API_NOT_FOUND, HttpStatus.NOT_FOUND);
    }

    private static DeliveryState state(String state) {
        if (state == null) {
            return null;
        }
        try {
            return DeliveryState.valueOf(state.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("state must be one of PENDING, IN_INBOX, DELIVERED, DEAD_LETTERED");
        }
    }

}
