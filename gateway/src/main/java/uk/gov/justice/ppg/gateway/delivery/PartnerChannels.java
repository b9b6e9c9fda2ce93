package uk.gov.justice.ppg.gateway.delivery;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import uk.gov.justice.ppg.gateway.partner.Channel;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.delivery.DeliveryHeldException;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * One attempt over the receiver's channel: a signed SOAP interchange to a partner's
 * endpoint; the JSON item to an agency's JSON endpoint; for an agency on the inbox
 * channel, the decision to put it in its inbox (which the caller writes).
 */
final class PartnerChannels {

    private final Supplier<PartnerDirectory> directory;

    private final OutboundRenderer renderer;

    private final AgencyItems items;

    private final PartnerHttp http;

    PartnerChannels(Supplier<PartnerDirectory> directory, OutboundRenderer renderer, AgencyItems items,
            PartnerHttp http) {
        this.directory = directory;
        this.renderer = renderer;
        this.items = items;
        this.http = http;
    }

    AttemptOutcome attempt(PendingDelivery delivery) throws DeliveryHeldException {
        Optional<Partner> partner = this.directory.get().byId(delivery.partnerId());
        Channel channel = partner.map(Partner::channel).orElse(Channel.SOAP);
        if (channel == Channel.INBOX) {
            return AttemptOutcome.inInbox();
        }
        Optional<URI> endpoint = partner.flatMap(Partner::endpoint);
        if (endpoint.isEmpty()) {
            return AttemptOutcome.retry(GatewayErrorCode.RECEIVER_UNREACHABLE, "partner has no endpoint");
        }
        byte[] body;
        try {
            body = (channel == Channel.JSON) ? this.items.render(delivery) : this.renderer.render(delivery);
        }
        catch (GatewayException ex) {
            return AttemptOutcome.unrenderable(ex.code(), ex.detail());
        }
        catch (RuntimeException ex) {
            return AttemptOutcome.unrenderable(GatewayErrorCode.INTERNAL_ERROR, ex.getClass().getSimpleName());
        }
        try {
            if (channel == Channel.JSON) {
                PartnerHttp.Reply reply = this.http.postJson(endpoint.get(), body);
                return JsonReplyClassifier.classify(reply.status(), reply.body(), delivery.id());
            }
            PartnerHttp.Reply reply = this.http.post(endpoint.get(), body);
            return ReplyClassifier.classify(reply.status(), reply.body());
        }
        catch (IOException ex) {
            return AttemptOutcome.retry(GatewayErrorCode.RECEIVER_UNREACHABLE, ex.getClass().getSimpleName());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new DeliveryHeldException("interrupted during delivery", ex);
        }
    }

}
