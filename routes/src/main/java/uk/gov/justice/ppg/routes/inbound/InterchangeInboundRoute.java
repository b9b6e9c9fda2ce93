package uk.gov.justice.ppg.routes.inbound;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

import uk.gov.justice.ppg.routes.support.ExchangeProperties;
import uk.gov.justice.ppg.routes.support.RouteIds;

/**
 * Partner to gateway. A request is admitted, guarded, verified, validated, authorised and
 * accepted, in that order; any step's
 * {@link uk.gov.justice.ppg.routes.error.GatewayException} ends it with a generic fault
 * (see {@link InboundErrorHandling}). No header from the wire survives admission.
 */
public final class InterchangeInboundRoute extends RouteBuilder {

    private final String fromUri;

    private final InboundPorts.Admission admission;

    private final InboundPorts.Guard guard;

    private final InboundPorts.Security security;

    private final InboundPorts.Validation validation;

    private final InboundPorts.Authorisation authorisation;

    private final InboundPorts.Acceptance acceptance;

    public InterchangeInboundRoute(String fromUri, InboundPorts.Admission admission, InboundPorts.Guard guard,
            InboundPorts.Security security, InboundPorts.Validation validation,
            InboundPorts.Authorisation authorisation, InboundPorts.Acceptance acceptance) {
        this.fromUri = fromUri;
        this.admission = admission;
        this.guard = guard;
        this.security = security;
        this.validation = validation;
        this.authorisation = authorisation;
        this.acceptance = acceptance;
    }

    @Override
    public void configure() {
        from(this.fromUri).routeId(RouteIds.INTERCHANGE_INBOUND)
            .routeConfigurationId(RouteIds.INBOUND_ERRORS)
            .process(this::admit)
            .id("admit")
            .removeHeaders("*")
            .id("drop-headers")
            .process(step(this.guard::inspect))
            .id("guard")
            .process(step(this.security::verify))
            .id("verify-signature")
            .process(step(this.validation::validate))
            .id("validate")
            .process(step(this.authorisation::authorise))
            .id("authorise")
            .process(step(this.acceptance::accept))
            .id("accept")
            .process(InboundReplies::write)
            .id("reply");
    }

    private void admit(Exchange exchange) throws Exception {
        InboundContext context = this.admission.open(exchange.getIn());
        exchange.setProperty(ExchangeProperties.INBOUND_CONTEXT, context);
        this.admission.readBody(context, exchange.getIn());
    }

    private static Processor step(Step step) {
        return (exchange) -> step.apply(InboundContext.of(exchange));
    }

    @FunctionalInterface
    private interface Step {

        void apply(InboundContext context) throws Exception;

    }

}
