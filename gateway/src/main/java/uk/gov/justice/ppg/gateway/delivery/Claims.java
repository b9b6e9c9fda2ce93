package uk.gov.justice.ppg.gateway.delivery;

import java.time.Duration;
import java.util.UUID;

/**
 * Names for delivery claims: the node, then one random id per attempt, so that two
 * consumers of one node are told apart and a restarted node can release the claims its
 * earlier run left behind. A claim lapses after {@code lease}, longer than any attempt
 * can take (connect and read timeouts and a margin).
 *
 * @param nodeId this node
 * @param lease how long a claim holds if its holder stops
 */
record Claims(String nodeId, Duration lease) {

    private static final Duration MARGIN = Duration.ofSeconds(15);

    static Claims forAttempts(String nodeId, Duration connectTimeout, Duration readTimeout) {
        return new Claims(nodeId, connectTimeout.plus(readTimeout).plus(MARGIN));
    }

    String next() {
        return this.nodeId + "/" + UUID.randomUUID();
    }

}
