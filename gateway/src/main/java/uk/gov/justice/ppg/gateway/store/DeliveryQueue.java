package uk.gov.justice.ppg.gateway.store;

import jakarta.jms.TransactionRolledBackException;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.springframework.jms.JmsException;
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

    /**
     * {@code jms} is this queue's own template: its queue names are resolved once each.
     */
    public DeliveryQueue(JmsTemplate jms, String queuePrefix) {
        KnownQueues queues = new KnownQueues();
        this.jms = jms;
        this.jms.setDestinationResolver(queues);
        this.queuePrefix = queuePrefix;
        this.direct = new JmsTemplate(jms.getConnectionFactory());
        this.direct.setDestinationResolver(queues);
        this.direct.setSessionTransacted(true);
        this.direct.setDeliveryPersistent(true);
        this.direct.setExplicitQosEnabled(true);
    }

    public String queueFor(String partnerId) {
        return this.queuePrefix + partnerId;
    }

    public void enqueue(QueuedDelivery delivery) {
        send(this.jms, delivery.message());
    }

    /**
     * Wakes a delivery outside any database transaction, in a broker transaction of its
     * own: for the recovery sweep. True if the broker took the message; false if it
     * already held (or had held) one for this delivery id, which its duplicate detection
     * tells by rolling the transaction back.
     */
    public boolean wake(QueueMessage message) {
        try {
            send(this.direct, message);
            return true;
        }
        catch (JmsException ex) {
            if (refusedAsDuplicate(ex)) {
                return false;
            }
            throw ex;
        }
    }

    /**
     * Artemis refuses a duplicate id in a transaction by rolling it back; the client
     * reports it as a rolled-back transaction or as a JMS exception caused by the
     * duplicate.
     */
    private static boolean refusedAsDuplicate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActiveMQDuplicateIdException || cause instanceof TransactionRolledBackException) {
                return true;
            }
        }
        return false;
    }

    private void send(JmsTemplate template, QueueMessage queued) {
        template.send(queueFor(queued.partnerId()), (session) -> {
            var message = session.createTextMessage(queued.deliveryId());
            message.setStringProperty(GatewayHeaders.DELIVERY_ID, queued.deliveryId());
            message.setStringProperty(GatewayHeaders.INTERCHANGE_ID, queued.interchangeId());
            message.setStringProperty(GatewayHeaders.RECEIVER, queued.receiver());
            message.setStringProperty(GatewayHeaders.GROUP_ID, queued.groupId());
            message.setStringProperty(DUPLICATE_DETECTION_ID, queued.deliveryId());
            return message;
        });
    }

}
