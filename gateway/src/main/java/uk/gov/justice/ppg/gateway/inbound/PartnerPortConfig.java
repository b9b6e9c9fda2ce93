package uk.gov.justice.ppg.gateway.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.core.StandardHost;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.memory.PayloadBudget;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectoryHolder;
import uk.gov.justice.ppg.gateway.readiness.Readiness;
import uk.gov.justice.ppg.gateway.security.ConnectorKeys;
import uk.gov.justice.ppg.gateway.security.KeyMaterialReload;
import uk.gov.justice.ppg.gateway.security.TrustReload;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The partner port. Nothing passes it until the node is ready ({@link ReadinessValve}).
 * Mutual TLS: Spring Boot's SSL bundle supplies keys, trust, the protocols and
 * {@code client-auth: need}; this adds the CRLs, so a revoked client certificate fails
 * the handshake, and the AEAD-only cipher suites every end of the gateway offers
 * ({@link MutualTls#CIPHER_SUITES}). A replaced TLS key, trust store or CRL file is taken
 * without a restart, keeping all of this.
 */
@Configuration(proxyBeanMethods = false)
class PartnerPortConfig {

    /**
     * Refusals the container makes before the route answer as SOAP faults
     * ({@link SoapErrorValve}), counted as {@code gateway.inbound.container.refused}.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerPortErrors(MeterRegistry meters,
            Readiness readiness, PartnerDirectoryHolder directory, GatewayProperties properties, PayloadBudget budget) {
        Counter refused = Counter.builder("gateway.inbound.container.refused")
            .description("Requests the servlet container refused before the inbound route (GW-009)")
            .register(meters);
        Counter notReady = Counter.builder("gateway.inbound.not.ready")
            .description("Requests refused before any route because the node was not ready or had no room (GW-062, "
                    + "GW-063)")
            .register(meters);
        return (factory) -> {
            factory.addContextValves(new ReadinessValve(readiness::refusal, notReady::increment));
            factory.addContextValves(partnerLimits(meters, directory, properties.inbound().partnerLimit()));
            factory.addContextValves(payloadBudget(meters, budget, properties.inbound().maxBytes()));
            factory.addContextValves(new FramingCheckValve());
            factory.addContextCustomizers((context) -> {
                if (context.getParent() instanceof StandardHost host) {
                    // naming the class keeps Tomcat from adding its own error report
                    // valve
                    // beside ours; the instance carries the counter
                    host.setErrorReportValveClass(SoapErrorValve.class.getName());
                    host.getPipeline().addValve(new SoapErrorValve(refused::increment));
                }
            });
        };
    }

    /**
     * One partner cannot starve the others: its requests over its limits are refused with
     * GW-064, counted as {@code gateway.inbound.partner.limited} tagged by partner.
     */
    private static PartnerLimitValve partnerLimits(MeterRegistry meters, PartnerDirectoryHolder directory,
            GatewayProperties.PartnerLimit limit) {
        return new PartnerLimitValve((certificate) -> directory.get().byTlsCertificate(certificate).map(Partner::id),
                new PartnerLimits(limit.concurrent(), limit.perSecond(), System::nanoTime),
                (partner) -> Counter.builder("gateway.inbound.partner.limited")
                    .description("Requests refused because their partner was over its limits (GW-064)")
                    .tag("partner", partner)
                    .register(meters)
                    .increment());
    }

    /**
     * Large requests over the node's payload budget are refused with GW-065, counted as
     * {@code gateway.inbound.budget.refused}.
     */
    private static PayloadBudgetValve payloadBudget(MeterRegistry meters, PayloadBudget budget, long maxBytes) {
        Counter refused = Counter.builder("gateway.inbound.budget.refused")
            .description("Large requests refused because the node held its payload budget (GW-065)")
            .register(meters);
        return new PayloadBudgetValve(budget, maxBytes, refused::increment);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerPortTls(GatewayProperties properties,
            KeyMaterialReload keys, TrustReload trust) {
        String crls = properties.pki().crls().toAbsolutePath().toString();
        return (factory) -> factory.addConnectorCustomizers((connector) -> {
            for (SSLHostConfig host : connector.findSslHostConfigs()) {
                host.setCertificateRevocationListFile(crls);
                host.setRevocationEnabled(true);
                host.setCiphers(String.join(",", MutualTls.CIPHER_SUITES));
                host.setHonorCipherOrder(true);
            }
            keys.onReplace("tls", (store) -> ConnectorKeys.replace(connector, store, null));
            trust.onReplace((replaced) -> ConnectorKeys.replace(connector, null, replaced.trustStore()));
        });
    }

}
