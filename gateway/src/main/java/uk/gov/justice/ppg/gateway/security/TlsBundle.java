package uk.gov.justice.ppg.gateway.security;

import java.security.KeyStore;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslBundleRegistry;
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
    SslBundleRegistrar gatewayTlsBundle(GatewayProperties properties, KeyMaterialReload keys) {
        return (registry) -> registry.registerBundle(NAME, bundle(keys.current("tls"), properties.pki()));
    }

    /**
     * A replaced TLS key store becomes the bundle's, which the partner port's connector
     * reloads at once: new handshakes present the new certificate, open connections go
     * on.
     */
    @Bean
    SmartInitializingSingleton gatewayTlsRotation(SslBundleRegistry registry, KeyMaterialReload keys,
            GatewayProperties properties) {
        return () -> keys.onReplace("tls", (store) -> registry.updateBundle(NAME, bundle(store, properties.pki())));
    }

    private static SslBundle bundle(KeyStore tls, GatewayProperties.Pki pki) {
        return SslBundle.of(SslStoreBundle.of(tls, pki.password(), KeyStores.load(pki.trustStore(), pki.password())),
                SslBundleKey.NONE, SslOptions.of(null, new String[] { "TLSv1.3", "TLSv1.2" }));
    }

}
