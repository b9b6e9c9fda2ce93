package uk.gov.justice.ppg.gateway.security;

import java.security.KeyStore;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;

/**
 * Puts a replaced key or trust store into a running connector's own TLS configuration and
 * has Tomcat rebuild its TLS context from it. Everything else configured on the connector
 * (client authentication, CRLs, cipher suites, protocols) stays as it was; new handshakes
 * use the replacement, open connections go on.
 */
public final class ConnectorKeys {

    private ConnectorKeys() {
    }

    /** Either store may be null: it is then left as it is. */
    public static void replace(Connector connector, KeyStore keys, KeyStore trust) {
        if (!(connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> protocol)) {
            return;
        }
        for (SSLHostConfig host : protocol.findSslHostConfigs()) {
            if (trust != null) {
                host.setTrustStore(trust);
            }
            if (keys != null) {
                for (SSLHostConfigCertificate certificate : host.getCertificates()) {
                    certificate.setCertificateKeystore(keys);
                }
            }
        }
        protocol.reloadSslHostConfigs();
    }

}
