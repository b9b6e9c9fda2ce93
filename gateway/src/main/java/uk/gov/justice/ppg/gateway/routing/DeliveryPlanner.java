package uk.gov.justice.ppg.gateway.routing;

import java.util.List;
import java.util.function.Supplier;

import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.error.ReceiverNotPermittedException;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Decides the deliveries of an accepted interchange: to the partner that holds the
 * ReceiverIdentity.
 */
public class DeliveryPlanner {

    private final Supplier<PartnerDirectory> directory;

    public DeliveryPlanner(Supplier<PartnerDirectory> directory) {
        this.directory = directory;
    }

    public List<PlannedDelivery> plan(InterchangeView view) throws GatewayException {
        Partner receiver = this.directory.get()
            .byPartyCode(view.receiver())
            .orElseThrow(() -> new ReceiverNotPermittedException("receiver " + view.receiver() + " unknown"));
        return List.of(new PlannedDelivery(view.receiver(), receiver.id(), receiver.schemaVersion(),
                PlannedDelivery.Reason.ADDRESSED));
    }

}
