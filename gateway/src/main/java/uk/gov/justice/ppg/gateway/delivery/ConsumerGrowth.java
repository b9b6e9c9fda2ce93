package uk.gov.justice.ppg.gateway.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.jms.JmsConsumer;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.readiness.BrokerClient;
import uk.gov.justice.ppg.routes.support.RouteIds;

/**
 * How many consumers each partner's queue has (ADR 0031). A queue always keeps
 * {@code gateway.delivery.consumers} open. Whenever one takes a message while none of the
 * others is idle, the listener container opens another, up to
 * {@code gateway.delivery.max-consumers}: a backlog grows the consumers until they take
 * messages as fast as they arrive, that is to the arrival rate times the partner's
 * latency, whatever that latency is. A consumer above the minimum that has found nothing
 * for {@value #IDLE_RECEIVES} receives in a row (a second each) closes again. For a new
 * consumer to find work, the broker's client must not buffer messages for the busy ones:
 * consumers take one message at a time from the broker ({@link #unbuffered}).
 */
final class ConsumerGrowth {

    static final int IDLE_RECEIVES = 30;

    private ConsumerGrowth() {
    }

    /** The endpoint options of a partner's delivery queue, from '&amp;' on. */
    static String options(GatewayProperties.Delivery delivery) {
        int least = Math.max(1, delivery.consumers());
        int most = Math.max(least, delivery.maxConsumers());
        return "&concurrentConsumers=" + least + "&maxConcurrentConsumers=" + most
                + "&idleConsumerLimit=1&idleReceivesPerTaskLimit=" + IDLE_RECEIVES;
    }

    /**
     * Registers {@code gateway.delivery.consumers{partner}}: the consumers of the
     * partner's queue on this node now (0 while its route is not running).
     */
    static void gauge(MeterRegistry meters, CamelContext camel, String partnerId) {
        Gauge.builder("gateway.delivery.consumers", () -> active(camel, partnerId))
            .description("consumers of the partner's delivery queue on this node")
            .tag("partner", partnerId)
            .register(meters);
    }

    /**
     * The broker client's consumers buffer no messages (a consumer window of 0), so that
     * a queue message waits on the broker for whichever consumer is free, not behind a
     * consumer waiting on its partner.
     */
    static void unbuffered(Object bean) {
        if (bean instanceof ConnectionFactory factory
                && BrokerClient.direct(factory) instanceof ActiveMQConnectionFactory artemis) {
            artemis.setConsumerWindowSize(0);
        }
    }

    static int active(CamelContext camel, String partnerId) {
        Route route = camel.getRoute(RouteIds.delivery(partnerId));
        if (route == null || !(route.getConsumer() instanceof JmsConsumer consumer)) {
            return 0;
        }
        try {
            return (consumer.getListenerContainer() instanceof DefaultMessageListenerContainer container)
                    ? container.getActiveConsumerCount() : 0;
        }
        catch (Exception ex) {
            return 0;
        }
    }

}
