package uk.gov.justice.ppg.gateway.delivery;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.routes.support.RouteIds;

/**
 * Starts a delivery route for each receiving partner that a new directory version brings
 * and that has none yet, without a restart. A partner that stops receiving keeps its
 * route: what waits on its queue is held by its directory entry, not dropped.
 */
final class LiveDeliveryRoutes implements Consumer<PartnerDirectory> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDeliveryRoutes.class);

    private final CamelContext camel;

    private final Function<List<String>, RoutesBuilder> routes;

    LiveDeliveryRoutes(CamelContext camel, Function<List<String>, RoutesBuilder> routes) {
        this.camel = camel;
        this.routes = routes;
    }

    /** The receiving partners in id order. */
    static List<String> receiving(PartnerDirectory directory) {
        return directory.partners().stream().filter(Partner::receives).map(Partner::id).sorted().toList();
    }

    @Override
    public synchronized void accept(PartnerDirectory directory) {
        List<String> missing = receiving(directory).stream()
            .filter((partnerId) -> this.camel.getRoute(RouteIds.delivery(partnerId)) == null)
            .toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            this.camel.addRoutes(this.routes.apply(missing));
            LOG.info("delivery routes started for new receivers {}", missing);
        }
        catch (Exception ex) {
            LOG.error("delivery routes for {} not started ({}); their deliveries wait for a restart", missing,
                    ex.getClass().getName());
        }
    }

}
