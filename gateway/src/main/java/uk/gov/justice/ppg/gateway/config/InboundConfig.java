package uk.gov.justice.ppg.gateway.config;

import java.time.Clock;

import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.spring.jaxws.CxfSpringEndpoint;
import org.apache.cxf.Bus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.logging.RequestLogContext;
import uk.gov.justice.ppg.gateway.accept.AcceptedInterchangeWriter;
import uk.gov.justice.ppg.gateway.accept.DeliveryQueue;
import uk.gov.justice.ppg.gateway.delivery.DeliveryStore;
import uk.gov.justice.ppg.gateway.routing.CaseRegister;

import uk.gov.justice.ppg.gateway.accept.InterchangeAcceptance;
import uk.gov.justice.ppg.gateway.accept.InterchangeStore;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.ingress.InboundRejection;
import uk.gov.justice.ppg.gateway.ingress.SoapGuard;
import uk.gov.justice.ppg.gateway.ingress.TransportAdmission;
import uk.gov.justice.ppg.gateway.partner.DirectoryAuthorisation;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.routing.DeliveryPlanner;
import uk.gov.justice.ppg.gateway.security.CertificatePolicy;
import uk.gov.justice.ppg.gateway.security.ReplayCache;
import uk.gov.justice.ppg.gateway.security.WsSecurityVerifier;
import uk.gov.justice.ppg.gateway.validation.InterchangeValidation;
import uk.gov.justice.ppg.routes.inbound.InboundErrorHandling;
import uk.gov.justice.ppg.routes.inbound.InterchangeInboundRoute;
import uk.gov.justice.ppg.schemas.xml.XmlGuard;
import uk.gov.justice.ppg.schemas.xml.XmlLimits;

/**
 * The inbound flow: the CXF endpoint (RAW: the gateway parses, after its own guard) and
 * the route's ports.
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

    @Bean
    InterchangeInboundRoute interchangeInboundRoute(GatewayProperties properties, Clock clock,
            WsSecurityVerifier security, PartnerDirectoryHolder directory, CertificatePolicy certificates,
            InterchangeAcceptance acceptance) {
        GatewayProperties.Inbound inbound = properties.inbound();
        XmlLimits limits = new XmlLimits(inbound.maxBytes(), inbound.maxDepth(), inbound.maxElements(),
                inbound.maxAttributes(), inbound.maxTextLength());
        return new InterchangeInboundRoute("cxf:bean:" + ENDPOINT_BEAN,
                new TransportAdmission(clock, inbound.maxBytes()), new SoapGuard(new XmlGuard(limits)), security,
                new InterchangeValidation(directory), new DirectoryAuthorisation(directory, certificates), acceptance);
    }

    @Bean
    InboundErrorHandling inboundErrorHandling(AuditTrail audit) {
        return new InboundErrorHandling(new InboundRejection(audit));
    }

    @Bean
    CaseRegister caseRegister(JdbcTemplate jdbc) {
        return new CaseRegister(jdbc);
    }

    @Bean
    RequestLogContext requestLogContext() {
        return new RequestLogContext();
    }

    @Bean
    DeliveryPlanner deliveryPlanner(PartnerDirectoryHolder directory, CaseRegister register, Clock clock,
            GatewayProperties properties) {
        return new DeliveryPlanner(directory, register, clock, properties.delivery().graceWindow());
    }

    @Bean
    AcceptedInterchangeWriter acceptedInterchangeWriter(InterchangeStore store, CaseRegister register,
            DeliveryStore deliveries, DeliveryQueue queue, AuditTrail audit, Clock clock,
            GatewayProperties properties) {
        return new AcceptedInterchangeWriter(store, register, deliveries, queue, audit, clock,
                properties.delivery().expiry());
    }

    @Bean
    InterchangeAcceptance interchangeAcceptance(InterchangeStore store, DeliveryPlanner planner,
            AcceptedInterchangeWriter writer, AuditTrail audit, ReplayCache replays, TransactionTemplate transactions) {
        return new InterchangeAcceptance(store, planner, writer, audit, replays, transactions);
    }

}
