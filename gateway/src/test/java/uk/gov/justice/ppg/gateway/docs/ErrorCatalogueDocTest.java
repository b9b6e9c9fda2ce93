package uk.gov.justice.ppg.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/** docs/error-codes.md lists exactly the codes of the enum, each once. */
class ErrorCatalogueDocTest {

    @Test
    void theDocumentedCatalogueMatchesTheCode() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "error-codes.md"));
        Matcher rows = Pattern.compile("^\\| (GW-[0-9]{3}) \\|", Pattern.MULTILINE).matcher(doc);
        List<String> documented = new ArrayList<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        Set<String> codes = Arrays.stream(GatewayErrorCode.values())
            .map(GatewayErrorCode::code)
            .collect(Collectors.toSet());
        assertThat(documented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(codes);
    }

}
