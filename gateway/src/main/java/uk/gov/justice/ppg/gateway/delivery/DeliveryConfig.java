package uk.gov.justice.ppg.gateway.delivery;

import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.checks.CheckLedger;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.memory.PayloadBudget;
import uk.gov.justice.ppg.gateway.partner.Channel;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;
import uk.gov.justice.ppg.gateway.security.KeyMaterialReload;
import uk.gov.justice.ppg.gateway.security.OutboundSigner;
import uk.gov.justice.ppg.gateway.security.TrustReload;
import uk.gov.justice.ppg.gateway.store.DeliveryQueue;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InboxStore;
import uk.gov.justice.ppg.gateway.store.InterchangeStore;
import uk.gov.justice.ppg.gateway.store.NodeRuns;
import uk.gov.justice.ppg.gateway.store.Tracking;
import uk.gov.justice.ppg.gateway.store.UnqueuedMarks;
import uk.gov.justice.ppg.routes.delivery.DeliveryErrorHandling;
import uk.gov.justice.ppg.routes.delivery.PartnerDeliveryRoute;
import uk.gov.justice.ppg.routes.delivery.QueueHeaderAllowlist;

/**
 * The delivery flow: one consumer route per receiving partner, what each delivery attempt
 * needs, and the periodic chores (liveness pings, the recovery sweep) at the intervals
 * {@link GatewayProperties} gives.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfig {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryConfig.class);

    static final String QUEUE_HEADERS = "gatewayQueueHeaders";

    @Bean(QUEUE_HEADERS)
    QueueHeaderAllowlist gatewayQueueHeaders() {
        return new QueueHeaderAllowlist();
    }

    /** Queue messages wait on the broker until a consumer is free (ADR 0031). */
    @Bean
    static BeanPostProcessor unbufferedConsumers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                ConsumerGrowth.unbuffered(bean);
                return bean;
            }
        };
    }

    @Bean
    DeliveryErrorHandling deliveryErrorHandling() {
        return new DeliveryErrorHandling();
    }

    @Bean
    PartnerDeliveryRoute partnerDeliveryRoute(PartnerDirectoryHolder directory, GatewayProperties properties,
            CaseOrderedDelivery deliveries) {
        return deliveryRoutes(LiveDeliveryRoutes.receiving(directory.get()), properties, deliveries);
    }

    /** A route for each receiver a directory change adds, started at once. */
    @Bean
    LiveDeliveryRoutes liveDeliveryRoutes(CamelContext camel, PartnerDirectoryHolder directory,
            GatewayProperties properties, CaseOrderedDelivery deliveries) {
        LiveDeliveryRoutes routes = new LiveDeliveryRoutes(camel,
                (partnerIds) -> deliveryRoutes(partnerIds, properties, deliveries));
        directory.onChange(routes);
        return routes;
    }

    private static PartnerDeliveryRoute deliveryRoutes(List<String> receiving, GatewayProperties properties,
            CaseOrderedDelivery deliveries) {
        GatewayProperties.Delivery delivery = properties.delivery();
        return new PartnerDeliveryRoute(receiving,
                (partnerId) -> "jms:queue:" + delivery.queuePrefix() + partnerId
                        + "?transacted=true&cacheLevelName=CACHE_CONSUMER" + ConsumerGrowth.options(delivery)
                        + "&headerFilterStrategy=#" + QUEUE_HEADERS,
                "jms:queue:" + delivery.deadLetterQueue(), deliveries);
    }

    /**
     * The consumers of each receiver's queue on this node (gateway.delivery.consumers),
     * receivers a directory change adds included.
     */
    @Bean
    MeterBinder deliveryConsumers(CamelContext camel, PartnerDirectoryHolder directory) {
        return (meters) -> {
            Consumer<PartnerDirectory> register = (current) -> LiveDeliveryRoutes.receiving(current)
                .forEach((partnerId) -> ConsumerGrowth.gauge(meters, camel, partnerId));
            register.accept(directory.get());
            directory.onChange(register);
        };
    }

    @Bean
    PartnerGate partnerGate(KillSwitches switches, PartnerDirectoryHolder directory, Clock clock,
            GatewayProperties properties) {
        Predicate<String> held = (partnerId) -> switches.isOff(partnerId)
                || directory.get().byId(partnerId).map((partner) -> !partner.enabled()).orElse(false);
        GatewayProperties.Delivery delivery = properties.delivery();
        return new PartnerGate(held, clock,
                new PartnerGate.Backoff(delivery.backoffBase(), delivery.backoffMax(), delivery.jitter()),
                delivery.breakerThreshold());
    }

    @Bean
    OutboundRenderer outboundRenderer(GatewayProperties properties, Clock clock, KeyMaterialReload keys) {
        OutboundRenderer renderer = new OutboundRenderer(signer(keys.current("signing"), properties, clock));
        keys.onReplace("signing", (store) -> renderer.use(signer(store, properties, clock)));
        return renderer;
    }

    private static OutboundSigner signer(KeyStore store, GatewayProperties properties, Clock clock) {
        return new OutboundSigner(store, properties.pki().password().toCharArray(), clock,
                properties.security().timestampTtl());
    }

    @Bean
    PartnerHttp partnerHttp(GatewayProperties properties, KeyMaterialReload keys, TrustReload trust) {
        GatewayProperties.Pki pki = properties.pki();
        PartnerHttp http = new PartnerHttp(keys.current("tls"), pki.password().toCharArray(), trust.trustStore(),
                properties.delivery().connectTimeout(), properties.delivery().readTimeout());
        keys.onReplace("tls", http::useClientKeys);
        trust.onReplace((replaced) -> http.useTrust(replaced.trustStore()));
        return http;
    }

    @Bean
    ControlReferences controlReferences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new ControlReferences(jdbc, newTransaction);
    }

    @Bean
    IssuedInterchanges issuedInterchanges(InterchangeStore store, DeliveryStore deliveries, DeliveryQueue queue,
            AuditTrail audit, GatewayProperties properties) {
        return new IssuedInterchanges(store, deliveries, queue, audit, properties.delivery().expiry());
    }

    @Bean
    StatusNotifications statusNotifications(PartnerDirectoryHolder directory, ControlReferences references,
            IssuedInterchanges issued, Clock clock) {
        return new StatusNotifications(directory, references, issued, clock);
    }

    @Bean
    LedgerNotices ledgerNotices(PartnerDirectoryHolder directory, ControlReferences references,
            IssuedInterchanges issued, CaseRegister register, AuditTrail audit, DeliveryStore deliveries) {
        return new LedgerNotices(directory, references, issued, register, audit, deliveries);
    }

    /**
     * The claims this node's earlier run left behind are released first, before any
     * consumer starts: nothing of this node is sending any more.
     */
    @Bean
    DeliveryAudit deliveryAudit(PartnerDirectoryHolder directory) {
        return new DeliveryAudit(directory);
    }

    @Bean
    Completions completions(StatusNotifications notifications, CheckLedger ledger, MeterRegistry meters) {
        return new Completions(notifications, ledger, meters);
    }

    @Bean
    Inboxes inboxes(DeliveryStore deliveries, InboxStore inbox, Completions completions, DeliveryAudit describer,
            AuditTrail audit, TransactionTemplate transactions, Clock clock, GatewayProperties properties,
            UnqueuedMarks marks) {
        return new Inboxes(deliveries, inbox, completions, describer, audit, transactions, clock,
                properties.agency().inboxLifetime(), marks);
    }

    /** How many items wait in each inbox agency's inbox (gateway.inbox.open{partner}). */
    @Bean
    MeterBinder inboxDepths(PartnerDirectoryHolder directory, InboxStore inbox) {
        return (meters) -> directory.get()
            .partners()
            .stream()
            .filter((partner) -> partner.channel() == Channel.INBOX)
            .forEach((partner) -> Gauge.builder("gateway.inbox.open", () -> inbox.depth(partner.id()))
                .description("items waiting in an agency's inbox for its acknowledgement")
                .tag("partner", partner.id())
                .register(meters));
    }

    @Bean
    DeliveryService deliveryService(DeliveryStore store, PartnerDirectoryHolder directory, PartnerGate gate,
            OutboundRenderer renderer, AgencyItems items, PartnerHttp http, Inboxes inboxes, Completions completions,
            AuditTrail audit, DeliveryAudit describer, TransactionTemplate transactions, Clock clock,
            GatewayProperties properties, PayloadBudget budget) {
        GatewayProperties.Delivery delivery = properties.delivery();
        try {
            int released = store.releaseClaims(properties.nodeId());
            if (released > 0) {
                LOG.info("released {} delivery claims left by this node's earlier run", released);
            }
        }
        catch (DataAccessException ex) {
            LOG.warn("delivery claims of an earlier run not released (store unavailable); they lapse by themselves");
        }
        return new DeliveryService(store, gate, new PartnerChannels(directory, renderer, items, http), inboxes,
                completions, audit, describer, transactions, clock, delivery.isolatedFailureLimit(),
                Claims.forAttempts(properties.nodeId(), delivery.connectTimeout(), delivery.readTimeout()),
                new StoreShare(delivery.databaseConnections()), budget);
    }

    @Bean
    CaseOrderedDelivery caseOrderedDelivery(DeliveryService deliveries, MeterRegistry meters) {
        return new CaseOrderedDelivery(deliveries,
                Counter.builder("gateway.delivery.case.earlier.first")
                    .description("deliveries that found an earlier pending delivery of their case and sent it first")
                    .register(meters));
    }

    @Bean
    PartnerHealth partners(PartnerDirectoryHolder directory, PartnerGate gate) {
        return new PartnerHealth(directory, gate);
    }

    @Bean
    LivenessPinger livenessPinger(PartnerDirectoryHolder directory, KillSwitches switches, ControlReferences references,
            OutboundRenderer renderer, PartnerHttp http, PartnerHealth health, Clock clock,
            GatewayProperties properties) {
        return new LivenessPinger(directory, switches, references, renderer, http, health, clock,
                properties.delivery().hubIdentity());
    }

    @Bean
    Replays replays(DeliveryStore deliveries, InterchangeStore interchanges, Tracking tracking, DeliveryQueue queue,
            AuditTrail audit, TransactionTemplate transactions, Clock clock, GatewayProperties properties) {
        return new Replays(deliveries, interchanges, tracking, queue, audit, transactions, clock,
                properties.delivery().expiry());
    }

    @Bean
    SchedulingConfigurer deliverySchedule(LivenessPinger pinger, DeliveryStore deliveries, DeliveryQueue queue,
            AuditTrail audit, TransactionTemplate transactions, MeterRegistry meters, Clock clock, NodeRuns runs,
            Inboxes inboxes, GatewayProperties properties, UnqueuedMarks marks) {
        GatewayProperties.Housekeeping chores = properties.housekeeping();
        RecoverySweep sweep = new RecoverySweep(deliveries, queue, marks, audit, transactions,
                Counter.builder("gateway.delivery.recovered")
                    .description("pending deliveries found on no queue and queued again")
                    .register(meters),
                clock, chores.sweepGrace(), runs);
        GatewayProperties.Delivery delivery = properties.delivery();
        return (tasks) -> {
            tasks.addFixedDelayTask(
                    new FixedDelayTask(pinger::pingAll, delivery.livenessInterval(), delivery.livenessDelay()));
            tasks.addFixedDelayTask(new FixedDelayTask(sweep::sweep, chores.sweep(), Duration.ZERO));
            tasks.addFixedDelayTask(new FixedDelayTask(inboxes::expire, chores.sweep(), chores.sweep()));
        };
    }

    /**
     * Waiting deliveries let go of their messages as soon as shutdown begins, before
     * Camel drains its routes, and this run ends, so other nodes need not wait for it to
     * go stale.
     */
    @EventListener(ContextClosedEvent.class)
    void releaseWaitingDeliveries(ContextClosedEvent event) {
        event.getApplicationContext().getBean(PartnerGate.class).stop();
        try {
            event.getApplicationContext().getBean(NodeRuns.class).end();
        }
        catch (DataAccessException ex) {
            LOG.warn("node run not ended (store unavailable); it goes stale by itself");
        }
    }

}
