package uk.gov.justice.ppg.gateway.delivery;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Classifies the reply of an agency on the JSON channel to an item posted to it.
 * Delivered means a 2xx whose body is a JSON object whose {@code id} is the item's; a 4xx
 * (but 408, 425 and 429) is a refusal; anything else leaves the outcome unknown, and the
 * same item (same id) is posted again for the agency to deduplicate.
 */
final class JsonReplyClassifier {

    private static final List<Integer> RETRYABLE_4XX = List.of(408, 425, 429);

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(16 * 1024)
            .maxNestingDepth(8)
            .maxStringLength(1024)
            .build())
        .build());

    private JsonReplyClassifier() {
    }

    static AttemptOutcome classify(int status, byte[] body, String itemId) {
        if (status >= 400 && status < 500 && !RETRYABLE_4XX.contains(status)) {
            return AttemptOutcome.refused("HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            return AttemptOutcome.retry(GatewayErrorCode.RECEIVER_REPLY_INVALID, "HTTP " + status);
        }
        if (!itemId.equals(namedId(body))) {
            return AttemptOutcome.retry(GatewayErrorCode.RECEIVER_REPLY_INVALID,
                    "HTTP " + status + " without the item's id");
        }
        return AttemptOutcome.delivered();
    }

    private static String namedId(byte[] body) {
        try {
            JsonNode reply = JSON.readTree(body);
            return (reply != null && reply.isObject() && reply.path("id").isTextual()) ? reply.get("id").asText()
                    : null;
        }
        catch (IOException ex) {
            return null;
        }
    }

}
