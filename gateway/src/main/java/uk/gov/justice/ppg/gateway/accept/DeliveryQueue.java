package uk.gov.justice.ppg.gateway.accept;

import org.springframework.jms.core.JmsTemplate;

import uk.gov.justice.ppg.routes.support.GatewayHeaders;

/**
 * Puts deliveries on each receiving partner's own durable queue. The message carries
 * identifiers only; the payload stays in the database. Sends join the caller's
 * transaction and are committed after the database commits.
 */
public class DeliveryQueue {

    /**
     * Artemis duplicate detection: a resend of the same delivery id is dropped by the
     * broker.
     */
    static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";

    private final JmsTemplate jms;

    private final String queuePrefix;

    private final JmsTemplate direct;

    public DeliveryQueue(JmsTemplate jms, String queuePrefix) {
        this.jms = jms;
        this.queuePrefix = queuePrefix;
        this.direct = new JmsTemplate(jms.getConnectionFactory());
        this.direct.setDeliveryPersistent(true);
        this.direct.setExplicitQosEnabled(true);
    }

    public String queueFor(String partnerId) {
        return this.queuePrefix + partnerId;
    }

    public void enqueue(QueuedDelivery delivery) {
        send(this.jms, delivery);
    }

    /**
     * Sends outside any database transaction, committing at once: for re-queueing by the
     * sweep.
     */
    public void enqueueDirect(QueuedDelivery delivery) {
        send(this.direct, delivery);
    }

    private void send(JmsTemplate template, QueuedDelivery delivery) {
        template.send(queueFor(delivery.planned().partnerId()), (session) -> {
            var message = session.createTextMessage(delivery.id());
            message.setStringProperty(GatewayHeaders.DELIVERY_ID, delivery.id());
            message.setStringProperty(GatewayHeaders.INTERCHANGE_ID, delivery.interchangeId());
            message.setStringProperty(GatewayHeaders.RECEIVER, delivery.planned().receiver());
            message.setStringProperty(GatewayHeaders.GROUP_ID, delivery.groupId());
            message.setStringProperty(DUPLICATE_DETECTION_ID, delivery.id());
            return message;
        });
    }

}
