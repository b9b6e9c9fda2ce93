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
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The partner port. Mutual TLS: Spring Boot's SSL bundle supplies keys, trust, the
 * protocols and {@code client-auth: need}; this adds the CRLs, so a revoked client
 * certificate fails the handshake, and the AEAD-only cipher suites every end of the
 * gateway offers ({@link MutualTls#CIPHER_SUITES}).
 */
@Configuration(proxyBeanMethods = false)
class PartnerPortConfig {

    /**
     * Refusals the container makes before the route answer as SOAP faults
     * ({@link SoapErrorValve}), counted as {@code gateway.inbound.container.refused}.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerPortErrors(MeterRegistry meters) {
        Counter refused = Counter.builder("gateway.inbound.container.refused")
            .description("Requests the servlet container refused before the inbound route (GW-009)")
            .register(meters);
        return (factory) -> {
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

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> partnerPortTls(GatewayProperties properties) {
        String crls = properties.pki().crls().toAbsolutePath().toString();
        return (factory) -> factory.addConnectorCustomizers((connector) -> {
            for (SSLHostConfig host : connector.findSslHostConfigs()) {
                host.setCertificateRevocationListFile(crls);
                host.setRevocationEnabled(true);
                host.setCiphers(String.join(",", MutualTls.CIPHER_SUITES));
                host.setHonorCipherOrder(true);
            }
        });
    }

}
