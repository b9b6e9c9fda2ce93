package uk.gov.justice.ppg.gateway.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.partner.Channel;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.SpgValues;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;
import uk.gov.justice.ppg.schemas.mediation.VersionMediation;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Decides who receives an accepted interchange. Case data must pass {@link CaseAccess}
 * first. The addressed receiver always gets it. A police or children's-services check
 * result also goes to the CRC responsible for the case; a case that moved within the
 * grace window also goes to its previous provider. A test interchange reaches only test
 * endpoints. Every copy must be expressible in its receiver's schema version.
 */
public class DeliveryPlanner {

    private static final Set<MessageBody> CHECK_RESULTS = Set.of(MessageBody.DOMESTIC_ABUSE_CHECK_RESULT,
            MessageBody.SAFEGUARDING_CHECK_RESULT);

    private final Supplier<PartnerDirectory> directory;

    private final CaseRegister register;

    private final Clock clock;

    private final Duration graceWindow;

    public DeliveryPlanner(Supplier<PartnerDirectory> directory, CaseRegister register, Clock clock,
            Duration graceWindow) {
        this.directory = directory;
        this.register = register;
        this.clock = clock;
        this.graceWindow = graceWindow;
    }

    public RoutingPlan plan(InterchangeView view, SchemaVersion version, Element interchange) throws GatewayException {
        PartnerDirectory partners = this.directory.get();
        Optional<ResponsibilityChange> change = CaseFacts.changeOf(view, interchange, partners);
        boolean caseData = view.primaryBody().kind() == MessageBody.Kind.BUSINESS && view.crn().isPresent();
        Instant now = this.clock.instant();
        Optional<Responsibility> current = caseData ? view.crn().flatMap(this.register::find) : Optional.empty();
        Optional<String> previousNow = current.flatMap((held) -> held.previousWithin(this.graceWindow, now));
        CaseState state = caseState(current, change, previousNow);
        if (caseData) {
            CaseAccess.check(view, current, change, state, previousNow);
        }
        String receiver = view.receiver();
        Partner addressed = partner(partners, receiver);
        if (view.test() && !addressed.acceptsTest()) {
            throw new GatewayException(GatewayErrorCode.TEST_NOT_ACCEPTED, receiver + " is not a test endpoint");
        }
        List<PlannedDelivery> deliveries = new ArrayList<>();
        deliveries.add(delivery(addressed, receiver, PlannedDelivery.Reason.ADDRESSED, version, interchange));
        if (caseData && view.bodies().stream().anyMatch(CHECK_RESULTS::contains)) {
            Optional<String> holder = state.holder()
                .filter(SpgValues::isCrc)
                .filter((party) -> !party.equals(receiver));
            if (holder.isPresent()) {
                copy(view, partners, deliveries, holder.get(), PlannedDelivery.Reason.RESPONSIBLE_PROVIDER, version,
                        interchange);
            }
        }
        Optional<String> previous = state.previous().filter((party) -> !party.equals(view.sender()));
        if (caseData && previous.isPresent() && state.holder().isPresent()
                && deliveries.stream().anyMatch((d) -> d.receiver().equals(state.holder().get()))
                && deliveries.stream().noneMatch((d) -> d.receiver().equals(previous.get()))) {
            copy(view, partners, deliveries, previous.get(), PlannedDelivery.Reason.GRACE_WINDOW, version, interchange);
        }
        return new RoutingPlan(List.copyOf(deliveries), change);
    }

    /**
     * A copy beyond the addressee; a test interchange is copied only to test endpoints.
     */
    private static void copy(InterchangeView view, PartnerDirectory partners, List<PlannedDelivery> deliveries,
            String receiver, PlannedDelivery.Reason reason, SchemaVersion version, Element interchange) {
        Partner partner = partner(partners, receiver);
        if (!view.test() || partner.acceptsTest()) {
            deliveries.add(delivery(partner, receiver, reason, version, interchange));
        }
    }

    private static CaseState caseState(Optional<Responsibility> current, Optional<ResponsibilityChange> change,
            Optional<String> previousNow) {
        Optional<String> holder = change.map(ResponsibilityChange::provider)
            .or(() -> current.map(Responsibility::provider));
        Optional<String> previous;
        if (change.isPresent() && current.isPresent() && !current.get().provider().equals(change.get().provider())) {
            previous = Optional.of(current.get().provider());
        }
        else {
            previous = previousNow;
        }
        return new CaseState(holder, previous);
    }

    private static Partner partner(PartnerDirectory partners, String receiver) {
        return partners.byPartyCode(receiver)
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.RECEIVER_NOT_PERMITTED,
                    "receiver " + receiver + " unknown"));
    }

    private static PlannedDelivery delivery(Partner partner, String receiver, PlannedDelivery.Reason reason,
            SchemaVersion version, Element interchange) {
        if (partner.channel() != Channel.SOAP
                && Dom.children(interchange, SpgNamespaces.SPG, "SPGMessage").size() > 1) {
            throw new GatewayException(GatewayErrorCode.MEDIATION_REFUSED, receiver + " is on the "
                    + partner.channel().fileName() + " channel, which carries one message per" + " interchange");
        }
        List<String> dropped = List.of();
        if (partner.schemaVersion() != version) {
            VersionMediation.Outcome outcome = VersionMediation.rewrite((Element) interchange.cloneNode(true),
                    partner.schemaVersion());
            if (outcome.refused()) {
                throw new GatewayException(GatewayErrorCode.MEDIATION_REFUSED,
                        receiver + " on " + partner.schemaVersion().wireName() + " cannot carry "
                                + String.join(", ", outcome.refusedFor()));
            }
            dropped = outcome.dropped();
        }
        return new PlannedDelivery(receiver, partner.id(), partner.schemaVersion(), reason, dropped);
    }

}
