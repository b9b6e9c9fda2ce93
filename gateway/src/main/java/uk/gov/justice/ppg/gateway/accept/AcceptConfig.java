package uk.gov.justice.ppg.gateway.accept;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.routing.DeliveryPlanner;
import uk.gov.justice.ppg.gateway.security.ReplayCache;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;

/**
 * Durable accept, for partners' SOAP and agencies' JSON: deduplication and the one
 * transaction an accepted interchange writes.
 */
@Configuration(proxyBeanMethods = false)
class AcceptConfig {

    @Bean
    AcceptedInterchangeWriter acceptedInterchangeWriter(InterchangeStore store, DeliveryStore deliveries,
            CaseRegister register, DeliveryQueue queue, AuditTrail audit, Clock clock, GatewayProperties properties,
            CheckRequests checks) {
        return new AcceptedInterchangeWriter(store, register, deliveries, queue, audit, clock,
                properties.delivery().expiry(), checks);
    }

    /**
     * One counter, registered by both acceptances (the registry returns the same one).
     */
    private static Counter wakeDeferred(MeterRegistry meters) {
        return Counter.builder("gateway.accept.wake.deferred")
            .description("Accepted interchanges whose queue messages the broker did not commit; "
                    + "the recovery sweep queues them")
            .register(meters);
    }

    @Bean
    InterchangeAcceptance interchangeAcceptance(InterchangeStore store, DeliveryStore deliveries,
            DeliveryPlanner planner, AcceptedInterchangeWriter writer, AuditTrail audit, ReplayCache replays,
            TransactionTemplate transactions, MeterRegistry meters) {
        Counter weakAccepted = Counter.builder("gateway.signature.weak")
            .description("Interchanges accepted under a weak, compatibility-only signature profile")
            .register(meters);
        return new InterchangeAcceptance(store, deliveries, planner, writer, audit, replays, transactions,
                new InterchangeAcceptance.Counters(weakAccepted::increment, wakeDeferred(meters)::increment));
    }

    @Bean
    AgencyAcceptance agencyAcceptance(JdbcTemplate jdbc, DeliveryStore deliveries, DeliveryPlanner planner,
            AcceptedInterchangeWriter writer, AuditTrail audit, TransactionTemplate transactions, MeterRegistry meters,
            Clock clock) {
        return new AgencyAcceptance(new IdempotencyKeys(jdbc), deliveries, planner, writer, audit, transactions,
                wakeDeferred(meters)::increment, clock);
    }

}
