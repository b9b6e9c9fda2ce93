package uk.gov.justice.ppg.gateway.admin;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.ConnectorKeys;
import uk.gov.justice.ppg.gateway.security.KeyMaterialReload;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The admin listener (ADR 0026): a second connector of the same server, on
 * {@code gateway.admin.port} and {@code .address}, HTTPS with the gateway's TLS key, TLS
 * 1.3 and 1.2 with the gateway's cipher suites (a replaced TLS key is taken without a
 * restart), and no client certificate asked for: people log in through Keycloak and every
 * request needs a token ({@link AdminSecurityConfig}).
 */
@Configuration(proxyBeanMethods = false)
class AdminListener {

    @Bean
    AdminPort adminPort(GatewayProperties properties, KeyMaterialReload keys) {
        GatewayProperties.Admin admin = properties.admin();
        GatewayProperties.Pki pki = properties.pki();
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(admin.port());
        connector.setProperty("address", admin.address());
        connector.setScheme("https");
        connector.setSecure(true);
        Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
        protocol.setSSLEnabled(true);
        SSLHostConfig host = new SSLHostConfig();
        host.setProtocols("TLSv1.3,TLSv1.2");
        host.setCiphers(String.join(",", MutualTls.CIPHER_SUITES));
        host.setHonorCipherOrder(true);
        host.setCertificateVerification("none");
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(host,
                SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateKeystore(keys.current("tls"));
        certificate.setCertificateKeystorePassword(pki.password());
        host.addCertificate(certificate);
        protocol.addSslHostConfig(host);
        keys.onReplace("tls", (replacement) -> ConnectorKeys.replace(connector, replacement, null));
        return new AdminPort(connector);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> adminConnector(AdminPort port) {
        return (factory) -> {
            factory.addAdditionalTomcatConnectors(port.connector());
            factory.addContextValves(new ListenerSeparationValve(port));
        };
    }

}
