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
import uk.gov.justice.ppg.schemas.xml.Serialized;

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

    /**
     * An attempt made ready: the body rendered for the receiver's channel, or the outcome
     * already decided without sending (inbox, no endpoint, unrenderable).
     *
     * @param decided the outcome, if nothing is to be sent
     * @param channel the receiver's channel
     * @param endpoint where to send
     * @param body what to send
     */
    record Prepared(AttemptOutcome decided, Channel channel, URI endpoint, Serialized body) {

        static Prepared decided(AttemptOutcome outcome) {
            return new Prepared(outcome, null, null, null);
        }

    }

    /**
     * Renders the delivery, whose payload comes apart in {@code payload}, for its
     * receiver's channel: the rendered body then stands for the payload while the partner
     * answers.
     */
    Prepared prepare(PendingDelivery delivery, PayloadHandover payload) {
        Optional<Partner> partner = this.directory.get().byId(delivery.partnerId());
        Channel channel = partner.map(Partner::channel).orElse(Channel.SOAP);
        if (channel == Channel.INBOX) {
            return Prepared.decided(AttemptOutcome.inInbox());
        }
        Optional<URI> endpoint = partner.flatMap(Partner::endpoint);
        if (endpoint.isEmpty()) {
            return Prepared
                .decided(AttemptOutcome.retry(GatewayErrorCode.RECEIVER_UNREACHABLE, "partner has no endpoint"));
        }
        try {
            Serialized body = (channel == Channel.JSON)
                    ? Serialized.of(this.items.render(delivery.withPayload(payload.take())))
                    : this.renderer.render(delivery, payload);
            return new Prepared(null, channel, endpoint.get(), body);
        }
        catch (GatewayException ex) {
            return Prepared.decided(AttemptOutcome.unrenderable(ex.code(), ex.detail()));
        }
        catch (RuntimeException ex) {
            return Prepared
                .decided(AttemptOutcome.unrenderable(GatewayErrorCode.INTERNAL_ERROR, ex.getClass().getSimpleName()));
        }
    }

    /** Sends what {@link #prepare} rendered and classifies the reply. */
    AttemptOutcome send(Prepared prepared, String deliveryId) throws DeliveryHeldException {
        if (prepared.decided() != null) {
            return prepared.decided();
        }
        try {
            if (prepared.channel() == Channel.JSON) {
                PartnerHttp.Reply reply = this.http.postJson(prepared.endpoint(), prepared.body().bytes());
                return JsonReplyClassifier.classify(reply.status(), reply.body(), deliveryId);
            }
            PartnerHttp.Reply reply = this.http.post(prepared.endpoint(), prepared.body());
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
