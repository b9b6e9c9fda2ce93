package uk.gov.justice.ppg.gateway.support;

import java.util.Collections;

import jakarta.jms.ConnectionFactory;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * Counts what is queued for delivery: delivery rows in the database and messages on a
 * partner's queue.
 */
@TestComponent
public class QueueProbe {

    private final JmsTemplate jms;

    private final JdbcTemplate jdbc;

    public QueueProbe(ConnectionFactory connectionFactory, JdbcTemplate jdbc) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jdbc = jdbc;
    }

    /** Messages waiting on {@code gateway.delivery.<partnerId>}. */
    public int depth(String partnerId) {
        return depthOf("gateway.delivery." + partnerId);
    }

    /** Messages waiting on any queue. */
    public int depthOf(String queue) {
        Integer count = this.jms.browse(queue, (session, browser) -> Collections.list(browser.getEnumeration()).size());
        return (count != null) ? count : 0;
    }

    /**
     * Delivery rows of partners' interchanges, over every partner: what accepting
     * creates. (Status notifications the gateway issues as deliveries finish are not
     * counted.)
     */
    public int deliveries() {
        Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM delivery d JOIN interchange i ON i.id = "
                + "d.interchange_id WHERE i.origin = 'PARTNER'", Integer.class);

        return (count != null) ? count : 0;
    }

    public int interchanges() {
        Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM interchange", Integer.class);
        return (count != null) ? count : 0;
    }

}
