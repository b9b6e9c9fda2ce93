package uk.gov.justice.ppg.gateway.routing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.SpgValues;

/**
 * Seeds the case register from what nDelius already holds, so that a gateway put in front
 * of it does not refuse every message about cases allocated before it existed. The file
 * is CSV, one case a line: {@code CRN,provider,since} (an optional header line, blank
 * lines and {@code #} comments allowed); provider is a CRC's party code or an NPS
 * provider ({@code Nxx}, held by N00); since is a date (the start of that day, UK time)
 * or an instant, not in the future. The whole file is checked before anything is applied:
 * one bad line refuses it all, naming the line ({@code GW-055}). It is applied in one
 * transaction with its audit record, which names the file's hash and what it did.
 */
public class RegisterImport {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseRegister register;

    private final Supplier<PartnerDirectory> directory;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    public RegisterImport(CaseRegister register, Supplier<PartnerDirectory> directory, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.register = register;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What an import did.
     *
     * @param cases how many cases the file held
     * @param outcomes how many were added, updated, or kept because the register knew
     * better
     * @param sha256 the file's hash, as audited
     */
    public record Result(int cases, Map<CaseRegister.Imported, Integer> outcomes, String sha256) {
    }

    /**
     * Checks the whole file, then applies it; throws {@code GW-055} and applies nothing
     * if a line is bad.
     */
    public Result apply(byte[] file, String importedBy) {
        List<Entry> entries = parse(new String(file, StandardCharsets.UTF_8));
        String digest = Digests.sha256Hex(file);
        return this.transactions.execute((status) -> {
            Map<CaseRegister.Imported, Integer> outcomes = new EnumMap<>(CaseRegister.Imported.class);
            for (Entry entry : entries) {
                outcomes.merge(this.register.importCase(entry.crn(), entry.party(), entry.since()), 1, Integer::sum);
            }
            this.audit.append(AuditRecord.builder(AuditEvent.CASE_REGISTER_IMPORTED, AuditRecord.Outcome.CHANGED)
                .reason("IMPORT", entries.size() + " cases " + outcomes + " by " + importedBy)
                .payloadSha256(digest));
            return new Result(entries.size(), Map.copyOf(outcomes), digest);
        });
    }

    private List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = this.clock.instant();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.equalsIgnoreCase("crn,provider,since"))) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 3) {
                throw refused(number, "expected CRN,provider,since");
            }
            String crn = fields[0].trim();
            if (!SpgValues.CRN.matcher(crn).matches()) {
                throw refused(number, "not a CRN");
            }
            if (!seen.add(crn)) {
                throw refused(number, "case listed twice");
            }
            String party = CaseFacts.party(fields[1].trim(), this.directory.get())
                .orElseThrow(() -> refused(number, "provider is not N00, an NPS provider or a CRC in the directory"));
            Instant since = since(fields[2].trim())
                .orElseThrow(() -> refused(number, "since is not a date or instant"));
            if (since.isAfter(now)) {
                throw refused(number, "since is in the future");
            }
            entries.add(new Entry(crn, party, since));
        }
        return entries;
    }

    private static Optional<Instant> since(String value) {
        try {
            return Optional
                .of(value.contains("T") ? Instant.parse(value) : LocalDate.parse(value).atStartOfDay(UK).toInstant());
        }
        catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    private static GatewayException refused(int line, String problem) {
        return new GatewayException(GatewayErrorCode.REGISTER_IMPORT_REFUSED, "line " + line + ": " + problem);
    }

    private record Entry(String crn, String party, Instant since) {
    }

}
