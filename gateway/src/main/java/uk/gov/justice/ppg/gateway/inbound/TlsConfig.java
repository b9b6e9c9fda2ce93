package uk.gov.justice.ppg.gateway.inbound;

import org.apache.tomcat.util.net.SSLHostConfig;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;

/**
 * Mutual TLS on the partner port: Spring Boot's SSL bundle supplies keys, trust and
 * {@code client-auth: need}; this adds what bundles cannot express: the CRLs, so a
 * revoked client certificate fails the handshake.
 */
@Configuration(proxyBeanMethods = false)
class TlsConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> revocationChecking(GatewayProperties properties) {
        String crls = properties.pki().crls().toAbsolutePath().toString();
        return (factory) -> factory.addConnectorCustomizers((connector) -> {
            for (SSLHostConfig host : connector.findSslHostConfigs()) {
                host.setCertificateRevocationListFile(crls);
                host.setRevocationEnabled(true);
            }
        });
    }

}
