package uk.gov.justice.ppg.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's own key stores (TLS, signing, audit) as they are now on disk: each is
 * looked at every {@code gateway.housekeeping.key-material}, and a changed file that
 * holds a key whose certificate is valid now is swapped in and handed to whatever uses it
 * (the partner and admin listeners, the outbound client, the signer), without a restart.
 * A replacement that cannot be read, or whose certificate is not valid now, is logged and
 * ignored: the key in use stays.
 */
public final class KeyMaterialReload {

    private static final Logger LOG = LoggerFactory.getLogger(KeyMaterialReload.class);

    private final Map<String, Path> files;

    private final String password;

    private final Clock clock;

    private final Map<String, KeyStore> current = new ConcurrentHashMap<>();

    private final Map<String, String> digests = new ConcurrentHashMap<>();

    private final Map<String, List<Consumer<KeyStore>>> listeners = new ConcurrentHashMap<>();

    KeyMaterialReload(Map<String, Path> files, String password, Clock clock) {
        this.files = Map.copyOf(files);
        this.password = password;
        this.clock = clock;
        files.forEach((use, file) -> {
            this.current.put(use, KeyStores.load(file, password));
            this.digests.put(use, digest(file));
        });
    }

    /**
     * The audit key store alone, for a command that runs without the gateway (it is not
     * watched).
     */
    public static KeyMaterialReload auditKeyOnly(Path auditKeyStore, String password, Clock clock) {
        return new KeyMaterialReload(Map.of("audit", auditKeyStore), password, clock);
    }

    /**
     * The key store in use for {@code use} ({@code tls}, {@code signing}, {@code audit}).
     */
    public KeyStore current(String use) {
        return this.current.get(use);
    }

    /** Every store in use, by use. */
    public Map<String, KeyStore> stores() {
        return Collections.unmodifiableMap(this.current);
    }

    /** Calls the listener with each replacement of the store for {@code use}. */
    public void onReplace(String use, Consumer<KeyStore> listener) {
        this.listeners.computeIfAbsent(use, (key) -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Looks at every file once; swaps in what changed and is usable. */
    public void check() {
        this.files.forEach(this::check);
    }

    private void check(String use, Path file) {
        String digest;
        try {
            digest = digest(file);
        }
        catch (UncheckedIOException ex) {
            LOG.warn("{} key store {} unreadable; the one in use stays", use, file.getFileName());
            return;
        }
        if (digest.equals(this.digests.get(use))) {
            return;
        }
        this.digests.put(use, digest);
        KeyStore replacement;
        try {
            replacement = KeyStores.load(file, this.password);
            requireUsable(replacement);
        }
        catch (RuntimeException | GeneralSecurityException ex) {
            LOG.error("{} key store {} changed but is not usable ({}); the one in use stays", use, file.getFileName(),
                    ex.getClass().getSimpleName());
            return;
        }
        this.current.put(use, replacement);
        LOG.info("{} key store {} replaced without a restart (sha256 {})", use, file.getFileName(),
                digest.substring(0, 12));
        for (Consumer<KeyStore> listener : this.listeners.getOrDefault(use, List.of())) {
            try {
                listener.accept(replacement);
            }
            catch (RuntimeException ex) {
                LOG.error("{} key store: a user of it failed to take the replacement ({})", use,
                        ex.getClass().getName());
            }
        }
    }

    private void requireUsable(KeyStore store) throws GeneralSecurityException {
        boolean usable = false;
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                certificate.checkValidity(Date.from(this.clock.instant()));
                usable = true;
            }
        }
        if (!usable) {
            throw new GeneralSecurityException("no key with a certificate");
        }
    }

    private static String digest(Path file) {
        try {
            return Digests.sha256Hex(Files.readAllBytes(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
