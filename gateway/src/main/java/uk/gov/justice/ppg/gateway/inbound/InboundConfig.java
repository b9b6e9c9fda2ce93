package uk.gov.justice.ppg.gateway.inbound;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.spring.jaxws.CxfSpringEndpoint;
import org.apache.cxf.Bus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.RefusalsUnrecorded;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.routes.inbound.InboundErrorHandling;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.routes.inbound.InterchangeInboundRoute;
import uk.gov.justice.ppg.schemas.xml.XmlGuard;
import uk.gov.justice.ppg.schemas.xml.XmlLimits;

/**
 * The inbound flow: the CXF endpoint (RAW: the gateway parses, after its own guard), the
 * route, and the ports each step calls, which the feature packages provide.
 */
@Configuration(proxyBeanMethods = false)
class InboundConfig {

    static final String ENDPOINT_BEAN = "spgInboundEndpoint";

    @Bean(ENDPOINT_BEAN)
    CxfSpringEndpoint spgInboundEndpoint(Bus bus, GatewayProperties properties) {
        CxfSpringEndpoint endpoint = new CxfSpringEndpoint();
        endpoint.setBus(bus);
        endpoint.setAddress(properties.inbound().path());
        endpoint.setDataFormat(DataFormat.RAW);
        return endpoint;
    }

    /**
     * The route consumes the endpoint synchronously: it runs on the request's own thread
     * to its reply. Otherwise Camel suspends a CXF continuation (an exception each time)
     * and Tomcat dispatches the request a second time, through every servlet filter, to
     * write the reply: 3 % of the gateway's CPU for nothing, since no step of the route
     * waits on anything but the database and the broker (ADR 0034).
     */
    @Bean
    InterchangeInboundRoute interchangeInboundRoute(GatewayProperties properties, Clock clock,
            InboundPorts.Security security, InboundPorts.Validation validation,
            InboundPorts.Authorisation authorisation, InboundPorts.Acceptance acceptance) {
        GatewayProperties.Inbound inbound = properties.inbound();
        XmlLimits limits = new XmlLimits(inbound.maxBytes(), inbound.maxDepth(), inbound.maxElements(),
                inbound.maxAttributes(), inbound.maxTextLength());
        return new InterchangeInboundRoute("cxf:bean:" + ENDPOINT_BEAN + "?synchronous=true",
                new TransportAdmission(clock, inbound.maxBytes()), new SoapGuard(new XmlGuard(limits)), security,
                validation, authorisation, acceptance);
    }

    /**
     * Refusals are audited; one whose audit record could not be written (the store is
     * down) is logged and counted as {@code gateway.audit.refusal.unrecorded}.
     */
    @Bean
    InboundErrorHandling inboundErrorHandling(AuditTrail audit, PartnerDirectoryHolder directory,
            MeterRegistry meters) {
        Counter unrecorded = RefusalsUnrecorded.counter(meters);
        return new InboundErrorHandling(new InboundRejection(audit,
                (certificate) -> directory.get().byTlsCertificate(certificate).map(Partner::id),
                unrecorded::increment));
    }

}
