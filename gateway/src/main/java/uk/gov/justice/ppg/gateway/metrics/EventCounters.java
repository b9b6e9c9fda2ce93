package uk.gov.justice.ppg.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import uk.gov.justice.ppg.gateway.audit.AuditRecord;

/**
 * Counters from committed audit records, tagged by partner and message type or code:
 * {@code gateway.interchanges.accepted{partner, message_type}},
 * {@code gateway.interchanges.refused{partner, code}},
 * {@code gateway.deliveries.delivered{partner, message_type}},
 * {@code gateway.deliveries.retried{partner, code}} and
 * {@code gateway.deliveries.dead.lettered{partner, code}}. A refusal's message type is
 * what an unvalidated message claimed, so it is not a tag (codes and partners are
 * bounded; claims are not).
 */
final class EventCounters {

    static final String ACCEPTED = "gateway.interchanges.accepted";

    static final String REFUSED = "gateway.interchanges.refused";

    static final String DELIVERED = "gateway.deliveries.delivered";

    static final String RETRIED = "gateway.deliveries.retried";

    static final String DEAD_LETTERED = "gateway.deliveries.dead.lettered";

    private final MeterRegistry meters;

    EventCounters(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(AuditRecord record) {
        switch (record.event()) {
            case INTERCHANGE_ACCEPTED -> increment(ACCEPTED, record, "message_type", record.messageType());
            case INTERCHANGE_REJECTED, API_REQUEST_REFUSED -> increment(REFUSED, record, "code", record.reasonCode());
            case DELIVERED -> increment(DELIVERED, record, "message_type", record.messageType());
            case DELIVERY_ATTEMPT_FAILED -> increment(RETRIED, record, "code", record.reasonCode());
            case DEAD_LETTERED -> increment(DEAD_LETTERED, record, "code", record.reasonCode());
            default -> {
            }
        }
    }

    private void increment(String name, AuditRecord record, String tag, String value) {
        this.meters
            .counter(name, "partner", (record.partnerId() != null) ? record.partnerId() : "unknown", tag,
                    (value != null) ? value : "none")
            .increment();
    }

}
