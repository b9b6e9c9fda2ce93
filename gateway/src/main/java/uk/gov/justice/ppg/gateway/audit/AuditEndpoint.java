package uk.gov.justice.ppg.gateway.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.lang.Nullable;

import uk.gov.justice.ppg.audit.ExportDocument;

/**
 * The auditors' access on the management port: {@code /actuator/audit/export?from=&to=}
 * (an export for the offline verifier) and
 * {@code /actuator/audit/search?crn=&controlReference=&party=&from=&to=&outcome=}. Each
 * use is itself audited: reading the log is consulting personal data.
 */
@Endpoint(id = "audit")
public class AuditEndpoint {

    private final AuditExporter exporter;

    private final AuditSearch search;

    private final AuditTrail trail;

    public AuditEndpoint(AuditExporter exporter, AuditSearch search, AuditTrail trail) {
        this.exporter = exporter;
        this.search = search;
        this.trail = trail;
    }

    @ReadOperation(produces = "application/json")
    public Resource read(@Selector String action, @Nullable Instant from, @Nullable Instant to, @Nullable String crn,
            @Nullable String controlReference, @Nullable String party, @Nullable String outcome,
            @Nullable Integer limit) {
        if ("search".equals(action)) {
            AuditSearch.Criteria criteria;
            try {
                criteria = new AuditSearch.Criteria(crn, controlReference, party, from, to, outcome, limit);
            }
            catch (IllegalArgumentException ex) {
                throw new InvalidEndpointRequestException(ex.getMessage(), ex.getMessage());
            }
            List<Map<String, Object>> found = this.search.search(criteria);
            record(AuditEvent.AUDIT_SEARCHED, criteria.describe() + "found " + found.size());
            return json(found);
        }
        Instant start = (from != null) ? from : Instant.EPOCH;
        Instant end = (to != null) ? to : Instant.now();
        ExportDocument export = this.exporter.export(start, end);
        record(AuditEvent.AUDIT_EXPORTED, "records " + (export.anchor().seq() + 1) + " to " + export.seal().last().seq()
                + " for " + start + " to " + end);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.write(out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new ByteArrayResource(out.toByteArray());
    }

    private void record(AuditEvent event, String detail) {
        this.trail.append(AuditRecord.builder(event, AuditRecord.Outcome.CONSULTED).reason("AUDITOR", detail));
    }

    private static Resource json(Object value) {
        try {
            return new ByteArrayResource(new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writeValueAsBytes(value));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
