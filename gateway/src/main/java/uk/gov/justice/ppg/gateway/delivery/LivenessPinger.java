package uk.gov.justice.ppg.gateway.delivery;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.partner.Channel;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;

/**
 * Sends each receiving partner a signed {@code ConnectionNotification} (SYS) at
 * intervals, as SPG did, and records whether it answered. Pings are not stored, queued or
 * retried: they only measure.
 */
class LivenessPinger {

    private final Supplier<PartnerDirectory> directory;

    private final KillSwitches switches;

    private final ControlReferences references;

    private final OutboundRenderer renderer;

    private final PartnerHttp http;

    private final PartnerHealth health;

    private final Clock clock;

    private final String hub;

    LivenessPinger(Supplier<PartnerDirectory> directory, KillSwitches switches, ControlReferences references,
            OutboundRenderer renderer, PartnerHttp http, PartnerHealth health, Clock clock, String hub) {
        this.directory = directory;
        this.switches = switches;
        this.references = references;
        this.renderer = renderer;
        this.http = http;
        this.health = health;
        this.clock = clock;
        this.hub = hub;
    }

    void pingAll() {
        for (Partner partner : this.directory.get().partners()) {
            if (partner.enabled() && partner.channel() == Channel.SOAP && partner.endpoint().isPresent()
                    && !partner.sendsAs(this.hub) && !this.switches.isOff(partner.id())) {
                this.health.recordPing(partner.id(), ping(partner, partner.endpoint().get()));
            }
        }
    }

    private PartnerHealth.Ping ping(Partner partner, URI endpoint) {
        Instant now = this.clock.instant();
        String receiver = partner.partyCodes().iterator().next();
        try {
            Element ping = GatewayMessages.connectionNotification(new GatewayMessages.Addressing(this.hub, receiver,
                    this.references.next(this.hub), null, partner.schemaVersion(), now));
            PartnerHttp.Reply reply = this.http.post(endpoint, this.renderer.sign(ping));
            AttemptOutcome outcome = ReplyClassifier.classify(reply.status(), reply.body());
            return new PartnerHealth.Ping(now, outcome.kind() == AttemptOutcome.Kind.DELIVERED, outcome.detail());
        }
        catch (IOException ex) {
            return new PartnerHealth.Ping(now, false, ex.getClass().getSimpleName());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new PartnerHealth.Ping(now, false, "interrupted");
        }
        catch (RuntimeException ex) {
            return new PartnerHealth.Ping(now, false, ex.getClass().getSimpleName());
        }
    }

}
