package uk.gov.justice.ppg.gateway.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;

/**
 * As soon as the configuration is read, starts opening the gateway's key stores on two
 * background threads, so that their key derivation overlaps the rest of the start-up
 * instead of running on the main thread one store after another. Anything it cannot read
 * is left to the component that needs the store, which reports it.
 */
public final class KeyStorePreload implements EnvironmentPostProcessor, Ordered {

    private static final int THREADS = 2;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        GatewayProperties.Pki pki;
        try {
            pki = Binder.get(environment).bind("gateway.pki", GatewayProperties.Pki.class).orElse(null);
        }
        catch (RuntimeException ex) {
            return;
        }
        if (pki == null || pki.password() == null) {
            return;
        }
        List<Path> stores = Stream
            .of(pki.tlsKeyStore(), pki.trustStore(), pki.signingKeyStore(), pki.auditKeyStore(), pki.storageKeyStore())
            .filter(Objects::nonNull)
            .distinct()
            .toList();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, (task) -> {
            Thread thread = new Thread(task, "key-store-preload");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Path store : stores) {
                try {
                    KeyStores.preload(store, pki.password(), threads);
                }
                catch (RuntimeException ex) {
                    // a missing or unreadable file: the component that opens it says so
                }
            }
        }
        finally {
            threads.shutdown();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
