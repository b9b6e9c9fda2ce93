package uk.gov.justice.ppg.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks up the deliveries of an interchange by its sender's control reference, and waits
 * for them to finish.
 */
@TestComponent
public class DeliveryProbe {

    private final JdbcTemplate jdbc;

    public DeliveryProbe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deliveries of the partner interchange with this control reference: partner_id,
     * receiver, state, ...
     */
    public List<Map<String, Object>> of(String controlReference) {
        return this.jdbc.queryForList(
                "SELECT d.* FROM delivery d JOIN interchange i ON i.id = d.interchange_id "
                        + "WHERE i.origin = 'PARTNER' AND i.sender_control_ref = ? ORDER BY d.reason",
                controlReference);
    }

    /**
     * Waits until every delivery of the interchange is final (delivered or dead-lettered:
     * not pending, not waiting in an inbox); returns them.
     */
    public List<Map<String, Object>> awaitFinal(String controlReference, Duration within) {
        return Awaitility.await()
            .atMost(within)
            .pollInterval(Duration.ofMillis(100))
            .until(() -> of(controlReference), (rows) -> !rows.isEmpty() && rows.stream()
                .allMatch((row) -> "DELIVERED".equals(row.get("state")) || "DEAD_LETTERED".equals(row.get("state"))));
    }

    /**
     * Waits until {@code partnerId} received exactly {@code count} requests containing
     * {@code text}.
     */
    public static List<LoggedRequest> awaitReceived(PartnerStubs partners, String partnerId, String text, int count,
            Duration within) {
        return Awaitility.await()
            .atMost(within)
            .pollInterval(Duration.ofMillis(100))
            .until(() -> partners.received(partnerId, text), (requests) -> requests.size() >= count);
    }

    /**
     * The status notification the gateway issued to {@code receiver} about
     * {@code controlReference}.
     */
    public List<Map<String, Object>> statusNotifications(String receiver, String controlReference) {
        return this.jdbc.queryForList(
                "SELECT * FROM interchange WHERE origin = 'GATEWAY' AND receiver = ? AND " + "receiver_control_ref = ?",
                receiver, controlReference);
    }

}
