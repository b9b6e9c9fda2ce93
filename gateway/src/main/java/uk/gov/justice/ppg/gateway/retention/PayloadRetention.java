package uk.gov.justice.ppg.gateway.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.MessageBody;

/**
 * Purges the payloads of interchanges received more than {@code retention} ago whose
 * deliveries are all final, in batches, each purge in one transaction with its
 * {@code PAYLOAD_PURGED} record. Several nodes may run it at once: a payload is purged,
 * and audited, by exactly one of them.
 */
final class PayloadRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PayloadRetention.class);

    private static final int BATCH = 500;

    private final InterchangeStore interchanges;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Counter purged;

    private final Clock clock;

    private final Duration retention;

    PayloadRetention(InterchangeStore interchanges, AuditTrail audit, TransactionTemplate transactions, Counter purged,
            Clock clock, Duration retention) {
        this.interchanges = interchanges;
        this.audit = audit;
        this.transactions = transactions;
        this.purged = purged;
        this.clock = clock;
        this.retention = retention;
    }

    /** Purges everything due now; returns how many payloads it purged. */
    int purgeDue() {
        int total = 0;
        try {
            while (true) {
                Instant now = this.clock.instant();
                var due = this.interchanges.purgeable(now.minus(this.retention), BATCH);
                for (InterchangeStore.Purgeable interchange : due) {
                    if (Boolean.TRUE.equals(this.transactions.execute((status) -> purge(interchange, now)))) {
                        total++;
                        this.purged.increment();
                    }
                }
                if (due.size() < BATCH) {
                    break;
                }
            }
        }
        catch (DataAccessException | TransactionException | GatewayException ex) {
            LOG.warn("payload retention postponed: store unavailable ({})", ex.getClass().getSimpleName());
        }
        if (total > 0) {
            LOG.info("purged {} payloads past their retention of {}", total, this.retention);
        }
        return total;
    }

    private boolean purge(InterchangeStore.Purgeable interchange, Instant now) {
        if (!this.interchanges.purge(interchange.id(), now)) {
            return false;
        }
        this.audit.append(AuditRecord.builder(AuditEvent.PAYLOAD_PURGED, AuditRecord.Outcome.PURGED)
            .ids(null, interchange.id(), null)
            .parties(interchange.sender(), interchange.receiver())
            .message(interchange.bodyType(), interchange.crn(),
                    MessageBody.fromLocalName(interchange.bodyType()).map(Purpose::of).orElse(Purpose.SECURITY))
            .controlReferences(interchange.senderControlReference(), null)
            .payloadSha256(interchange.payloadSha256())
            .reason("RETENTION", "payload removed after " + this.retention + "; its hash is kept"));
        return true;
    }

}
