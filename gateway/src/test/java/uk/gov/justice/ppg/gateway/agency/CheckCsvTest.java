package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The ledger's CSV export: a header, a row per check, quoting where RFC 4180 needs it.
 */
class CheckCsvTest {

    @Test
    void writesAHeaderAndOneRowPerCheckQuotingWhereNeeded() {
        ObjectNode check = InboxItems.JSON.createObjectNode()
            .put("requestId", "DA-2026-000311")
            .put("checkType", "DOMESTIC_ABUSE")
            .put("crn", "D100001")
            .put("requester", "N00")
            .put("agency", "PF01")
            .put("state", "OVERDUE")
            .put("ageHours", 30)
            .put("responsibleOrganisation", "=C00,\"x\"");
        List<String> lines = CheckCsv.of(List.of(check)).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CheckCsv.COLUMNS));
        assertThat(lines.get(1))
            .isEqualTo("DA-2026-000311,DOMESTIC_ABUSE,D100001,N00,PF01,OVERDUE,,,30,,\"=C00,\"\"x\"\"\",,,");
    }

}
