package uk.gov.justice.ppg.gateway.admin;

import org.apache.catalina.connector.Connector;

/**
 * The admin listener's connector: which requests came in through it, and the port it took
 * (a free one when configured as 0).
 */
public final class AdminPort {

    private final Connector connector;

    AdminPort(Connector connector) {
        this.connector = connector;
    }

    public int localPort() {
        return this.connector.getLocalPort();
    }

    Connector connector() {
        return this.connector;
    }

    boolean isThis(Connector other) {
        return this.connector == other;
    }

}
