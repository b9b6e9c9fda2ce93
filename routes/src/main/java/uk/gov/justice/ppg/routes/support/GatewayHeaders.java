package uk.gov.justice.ppg.routes.support;

import java.util.Set;

/**
 * Names of the message properties the gateway puts on its own queues. Only these (and the
 * JMS group id) are allowed onto an exchange from a queue; every other header, in any
 * casing, is dropped at the consumer.
 */
public final class GatewayHeaders {

    /** The delivery a queued message stands for (a row in the delivery table). */
    public static final String DELIVERY_ID = "GatewayDeliveryId";

    /** The accepted interchange the delivery carries. */
    public static final String INTERCHANGE_ID = "GatewayInterchangeId";

    /** Party code of the receiver. */
    public static final String RECEIVER = "GatewayReceiver";

    /**
     * JMS message group: the case reference, so one case's messages are delivered in
     * order.
     */
    public static final String GROUP_ID = "JMSXGroupID";

    /** Every header a queue consumer lets through. */
    public static final Set<String> QUEUE_ALLOWLIST = Set.of(DELIVERY_ID, INTERCHANGE_ID, RECEIVER, GROUP_ID);

    private GatewayHeaders() {
    }

}
