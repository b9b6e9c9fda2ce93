package uk.gov.justice.ppg.gateway.accept;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.checks.CheckLedger;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.DeliveryPlanner;
import uk.gov.justice.ppg.gateway.security.ReplayCache;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.UnqueuedMarks;

/**
 * Durable accept, for partners' SOAP and agencies' JSON: deduplication and the one
 * transaction an accepted interchange writes.
 */
@Configuration(proxyBeanMethods = false)
class AcceptConfig {

    @Bean
    AcceptedInterchangeWriter acceptedInterchangeWriter(InterchangeStore store, DeliveryStore deliveries,
            CaseRegister register, DeliveryQueue queue, AuditTrail audit, Clock clock, GatewayProperties properties,
            CheckLedger checks) {
        return new AcceptedInterchangeWriter(store, register, deliveries, queue, audit, clock,
                properties.delivery().expiry(), checks);
    }

    /** The accepts whose queue messages the broker did not commit, for both channels. */
    @Bean
    DeferredQueueing deferredQueueing(UnqueuedMarks marks, MeterRegistry meters) {
        return new DeferredQueueing(marks,
                Counter.builder("gateway.accept.wake.deferred")
                    .description("Accepted interchanges whose queue messages the broker did not commit; "
                            + "the recovery sweep queues them")
                    .register(meters));
    }

    @Bean
    InterchangeAcceptance interchangeAcceptance(InterchangeStore store, DeferredQueueing deferred,
            DeliveryPlanner planner, AcceptedInterchangeWriter writer, AuditTrail audit, ReplayCache replays,
            TransactionTemplate transactions, MeterRegistry meters) {
        Counter weakAccepted = Counter.builder("gateway.signature.weak")
            .description("Interchanges accepted under a weak, compatibility-only signature profile")
            .register(meters);
        return new InterchangeAcceptance(store, deferred, planner, writer, audit, replays, transactions,
                weakAccepted::increment);
    }

    @Bean
    AgencyAcceptance agencyAcceptance(JdbcTemplate jdbc, DeferredQueueing deferred, DeliveryPlanner planner,
            AcceptedInterchangeWriter writer, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        return new AgencyAcceptance(new IdempotencyKeys(jdbc), deferred, planner, writer, audit, transactions, clock);
    }

}
