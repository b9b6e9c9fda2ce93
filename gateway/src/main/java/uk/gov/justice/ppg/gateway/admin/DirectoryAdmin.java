package uk.gov.justice.ppg.gateway.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.agency.ApiProblems;
import uk.gov.justice.ppg.gateway.partner.DirectoryChanges;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The live partner directory (docs/partners.md): viewed by operators and admins, changed
 * (one partner's entry, or a whole file imported) and exported by admins, its history
 * read by admins and auditors. A refused change is 400 GW-078, one based on an older
 * version 409 GW-079, with the rule it broke as the problem's detail (the directory is
 * configuration, not personal data); either way the directory in use stays.
 */
@RestController
class DirectoryAdmin {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final DirectoryChanges changes;

    private final AdminCalls calls;

    DirectoryAdmin(DirectoryChanges changes, AdminCalls calls) {
        this.changes = changes;
        this.calls = calls;
    }

    /** One partner's entry in the file's format, the version it is based on, and why. */
    record PartnerChange(Map<String, Object> partner, Long basedOn, String reason) {
    }

    /** A whole directory file, the version it is based on, and why. */
    record FileImport(String document, Long basedOn, String reason) {
    }

    @Allowed({ AdminRole.OPERATOR, AdminRole.ADMIN })
    @GetMapping("/admin/api/v1/directory")
    Map<String, Object> directory() {
        return this.changes.view();
    }

    @Allowed({ AdminRole.ADMIN, AdminRole.AUDITOR })
    @GetMapping("/admin/api/v1/directory/history")
    List<Map<String, Object>> history(@RequestParam(required = false) Integer size) {
        return this.changes.history(Paging.size(size));
    }

    @Allowed(AdminRole.ADMIN)
    @GetMapping("/admin/api/v1/directory/export")
    ResponseEntity<?> export(@RequestParam(required = false) Long version) {
        return this.changes.export(Optional.ofNullable(version))
            .<ResponseEntity<?>>map((document) -> ResponseEntity.ok()
                .contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partners.yml\"")
                .body(document))
            .orElseGet(MessagesAdmin::notFound);
    }

    @Allowed(AdminRole.ADMIN)
    @PutMapping("/admin/api/v1/directory/partners/{id}")
    ResponseEntity<?> putPartner(@PathVariable String id, @RequestBody PartnerChange change,
            HttpServletRequest request) {
        if (change.partner() == null) {
            throw new IllegalArgumentException("partner (the entry in the file's format) is required");
        }
        String reason = Paging.reason(change.reason());
        return answer(request, () -> this.changes.putPartner(id, change.partner(),
                Optional.ofNullable(change.basedOn()), reason, AdminCalls.actor(request)));
    }

    @Allowed(AdminRole.ADMIN)
    @PostMapping("/admin/api/v1/directory/import")
    ResponseEntity<?> importFile(@RequestBody FileImport file, HttpServletRequest request) {
        if (file.document() == null) {
            throw new IllegalArgumentException("document (the directory file) is required");
        }
        String reason = Paging.reason(file.reason());
        return answer(request, () -> this.changes.importFile(file.document(), Optional.ofNullable(file.basedOn()),
                reason, AdminCalls.actor(request)));
    }

    private ResponseEntity<?> answer(HttpServletRequest request, Change change) {
        try {
            DirectoryChanges.Applied applied = change.apply();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("version", applied.version());
            answer.put("sha256", applied.sha256());
            answer.put("changed", applied.changed());
            answer.put("summary", applied.summary());
            return ResponseEntity.ok(answer);
        }
        catch (GatewayException ex) {
            this.calls.refused(request, AdminCalls.actor(request), ex.code(), ex.detail());
            HttpStatus status = (ex.code() == GatewayErrorCode.DIRECTORY_CHANGED_MEANWHILE) ? HttpStatus.CONFLICT
                    : HttpStatus.BAD_REQUEST;
            ProblemDetail problem = ApiProblems.of(ex.code(), status);
            problem.setDetail(ex.detail());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    @FunctionalInterface
    private interface Change {

        DirectoryChanges.Applied apply() throws GatewayException;

    }

}
