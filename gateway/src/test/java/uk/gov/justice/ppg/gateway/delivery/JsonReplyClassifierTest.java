package uk.gov.justice.ppg.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agency's JSON endpoint delivers only with a 2xx naming the item; a clear 4xx
 * refuses; anything else is retried with the same item.
 */
class JsonReplyClassifierTest {

    private static final String ITEM = "01a235aa-eecf-772b-9fef-332a78886fe5";

    @ParameterizedTest(name = "HTTP {0} with {1}: {2} {3}")
    @CsvSource(delimiter = '|',
            value = { "200 | {\"id\": \"" + ITEM + "\"} | DELIVERED | -",
                    "201 | {\"id\": \"" + ITEM + "\", \"received\": true} | DELIVERED | -", "204 | - | RETRY | GW-072",
                    "200 | {\"id\": \"another\"} | RETRY | GW-072", "200 | [\"" + ITEM + "\"] | RETRY | GW-072",
                    "200 | {\"id\": 7} | RETRY | GW-072", "200 | not json | RETRY | GW-072",
                    "400 | {\"id\": \"" + ITEM + "\"} | REFUSED | GW-070", "404 | - | REFUSED | GW-070",
                    "429 | - | RETRY | GW-072", "408 | - | RETRY | GW-072",
                    "500 | {\"id\": \"" + ITEM + "\"} | RETRY | GW-072", "302 | - | RETRY | GW-072" })
    void classifies(int status, String body, AttemptOutcome.Kind kind, String code) {
        byte[] bytes = "-".equals(body) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);

        AttemptOutcome outcome = JsonReplyClassifier.classify(status, bytes, ITEM);

        assertThat(outcome.kind()).isEqualTo(kind);
        assertThat((outcome.error() == null) ? "-" : outcome.error().code()).isEqualTo(code);
    }

}
