package uk.gov.justice.ppg.gateway.security;

import java.security.KeyStore;

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
 * TLS key ({@link KeyMaterialReload}: replaced without a restart) and the trust store,
 * TLS 1.3 and 1.2 only.
 */
@Configuration(proxyBeanMethods = false)
class TlsBundle {

    static final String NAME = "gateway-tls";

    @Bean
    SslBundleRegistrar gatewayTlsBundle(GatewayProperties properties, KeyMaterialReload keys, TrustReload trust) {
        return (registry) -> registry.registerBundle(NAME,
                bundle(keys.current("tls"), trust.trustStore(), properties.pki()));
    }

    private static SslBundle bundle(KeyStore tls, KeyStore trust, GatewayProperties.Pki pki) {
        return SslBundle.of(SslStoreBundle.of(tls, pki.password(), trust), SslBundleKey.NONE,
                SslOptions.of(null, new String[] { "TLSv1.3", "TLSv1.2" }));
    }

}
