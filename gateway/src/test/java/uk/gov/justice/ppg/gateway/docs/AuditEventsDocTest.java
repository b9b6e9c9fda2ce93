package uk.gov.justice.ppg.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.audit.AuditFields;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;

/**
 * docs/audit-events.md catalogues exactly the events of the enum, each once, with
 * outcomes that exist, and every field the chain hashes.
 */
class AuditEventsDocTest {

    private static final Pattern EVENT_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| `([A-Z_]+)` \\|", Pattern.MULTILINE);

    @Test
    void theDocumentedEventsMatchTheCode() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "audit-events.md"));
        Matcher rows = EVENT_ROW.matcher(doc);
        List<String> events = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        while (rows.find()) {
            events.add(rows.group(1));
            outcomes.add(rows.group(2));
        }
        assertThat(events).doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(Arrays.stream(AuditEvent.values()).map(Enum::name).toList());
        assertThat(Arrays.stream(AuditRecord.Outcome.values()).map(Enum::name).toList()).containsAll(outcomes);
        for (String field : AuditFields.ORDER) {
            assertThat(doc).contains("`" + field + "`");
        }
    }

}
