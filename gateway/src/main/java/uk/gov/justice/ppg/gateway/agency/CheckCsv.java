package uk.gov.justice.ppg.gateway.agency;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The ledger's checks as CSV (RFC 4180), one row per check, for inspection: every value
 * is a code, an identifier, a time or a number the gateway recorded, quoted where needed.
 */
final class CheckCsv {

    static final List<String> COLUMNS = List.of("requestId", "checkType", "crn", "requester", "agency", "state",
            "requestedAt", "dueBy", "ageHours", "overdueHours", "responsibleOrganisation", "answerInterchangeId",
            "outcome", "test");

    private CheckCsv() {
    }

    static String of(List<ObjectNode> checks) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (ObjectNode check : checks) {
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                JsonNode value = check.get(COLUMNS.get(i));
                csv.append((value == null || value.isNull()) ? "" : quoted(value.asText()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        boolean special = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@");
        return special ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

}
