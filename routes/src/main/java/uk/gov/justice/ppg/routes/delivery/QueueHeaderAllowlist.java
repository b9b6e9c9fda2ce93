package uk.gov.justice.ppg.routes.delivery;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultHeaderFilterStrategy;

import uk.gov.justice.ppg.routes.support.GatewayHeaders;

/**
 * Header filter for the gateway's queue consumers: only the names in
 * {@link GatewayHeaders#QUEUE_ALLOWLIST}, spelt exactly, pass from a JMS message to the
 * exchange; everything else, Camel-prefixed headers in any casing included
 * (CVE-2026-40453), is dropped. Nothing passes from an exchange to a JMS message through
 * Camel: the gateway sends with its own templates.
 */
public final class QueueHeaderAllowlist extends DefaultHeaderFilterStrategy {

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !GatewayHeaders.QUEUE_ALLOWLIST.contains(headerName);
    }

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return true;
    }

}
