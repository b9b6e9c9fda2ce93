package uk.gov.justice.ppg.gateway.security;

import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;

/**
 * The partner port's TLS material ({@code server.ssl.bundle: gateway-tls}): the gateway's
 * TLS key and the trust store, opened once through {@link KeyStores} like every other use
 * of them, TLS 1.3 and 1.2 only.
 */
@Configuration(proxyBeanMethods = false)
class TlsBundle {

    static final String NAME = "gateway-tls";

    @Bean
    SslBundleRegistrar gatewayTlsBundle(GatewayProperties properties) {
        GatewayProperties.Pki pki = properties.pki();
        return (registry) -> registry.registerBundle(NAME,
                SslBundle.of(
                        SslStoreBundle.of(KeyStores.load(pki.tlsKeyStore(), pki.password()), pki.password(),
                                KeyStores.load(pki.trustStore(), pki.password())),
                        SslBundleKey.NONE, SslOptions.of(null, new String[] { "TLSv1.3", "TLSv1.2" })));
    }

}
