package uk.gov.justice.ppg.gateway.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.audit.ExportDocument;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditExporter;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditSearch;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.checks.CheckRequests;

/**
 * The auditors' side: the disclosure log searched and exported for the offline verifier,
 * and the check ledger's outstanding and overdue entries by organisation and agency. Each
 * search and export is itself in the log, with the actor and what was asked.
 */
@RestController
class AuditAdmin {

    private final AuditSearch search;

    private final AuditExporter exporter;

    private final AuditTrail trail;

    private final CheckRequests checks;

    AuditAdmin(AuditSearch search, AuditExporter exporter, AuditTrail trail, CheckRequests checks) {
        this.search = search;
        this.exporter = exporter;
        this.trail = trail;
        this.checks = checks;
    }

    @Allowed(AdminRole.AUDITOR)
    @GetMapping("/admin/api/v1/audit/records")
    List<Map<String, Object>> records(@RequestParam(required = false) String crn,
            @RequestParam(required = false) String controlReference, @RequestParam(required = false) String party,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer limit,
            HttpServletRequest request) {
        AuditSearch.Criteria criteria = new AuditSearch.Criteria(crn, controlReference, party,
                Paging.instant("from", from), Paging.instant("to", to), outcome, limit);
        List<Map<String, Object>> found = this.search.search(criteria);
        record(request, AuditEvent.AUDIT_SEARCHED, criteria.describe() + "found " + found.size());
        return found;
    }

    @Allowed(AdminRole.AUDITOR)
    @GetMapping("/admin/api/v1/audit/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletRequest request) throws IOException {
        Instant start = (from != null) ? Paging.instant("from", from) : Instant.EPOCH;
        Instant end = (to != null) ? Paging.instant("to", to) : Instant.now();
        ExportDocument export = this.exporter.export(start, end);
        record(request, AuditEvent.AUDIT_EXPORTED, "records " + (export.anchor().seq() + 1) + " to "
                + export.seal().last().seq() + " for " + start + " to " + end);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON)
            .header("Content-Disposition", "attachment; filename=\"audit-export.json\"")
            .body(out.toByteArray());
    }

    @Allowed({ AdminRole.AUDITOR, AdminRole.OPERATOR })
    @GetMapping("/admin/api/v1/checks/outstanding")
    List<Map<String, Object>> outstandingChecks() {
        return this.checks.outstanding();
    }

    private void record(HttpServletRequest request, AuditEvent event, String detail) {
        this.trail.append(AuditRecord.builder(event, AuditRecord.Outcome.CONSULTED)
            .purpose(Purpose.OVERSIGHT)
            .actor(AdminCalls.actor(request))
            .reason("AUDITOR", detail));
    }

}
