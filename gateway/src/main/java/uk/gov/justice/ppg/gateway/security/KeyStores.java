package uk.gov.justice.ppg.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Opens the PKCS#12 stores named in the configuration, each file once. Opening one runs
 * PBKDF2 with 10 000 iterations twice (its integrity check and its certificates), a
 * noticeable share of a cold start, and several components read the same store (the trust
 * store three times). A store is known by its path, size, modification time and password,
 * so a replaced file is read afresh; a store that failed to open is not remembered.
 * {@link KeyStorePreload} opens them on other threads while the application starts.
 */
public final class KeyStores {

    private static final Map<Identity, CompletableFuture<KeyStore>> OPENED = new ConcurrentHashMap<>();

    private KeyStores() {
    }

    public static KeyStore load(Path file, String password) {
        Identity identity = Identity.of(file, password);
        CompletableFuture<KeyStore> mine = new CompletableFuture<>();
        CompletableFuture<KeyStore> known = OPENED.putIfAbsent(identity, mine);
        if (known == null) {
            open(identity, file, password, mine);
            known = mine;
        }
        try {
            return known.join();
        }
        catch (CompletionException ex) {
            throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
        }
    }

    /**
     * Starts opening the store on {@code executor}, unless it is open or opening already.
     */
    static void preload(Path file, String password, Executor executor) {
        Identity identity = Identity.of(file, password);
        CompletableFuture<KeyStore> mine = new CompletableFuture<>();
        if (OPENED.putIfAbsent(identity, mine) == null) {
            executor.execute(() -> open(identity, file, password, mine));
        }
    }

    private static void open(Identity identity, Path file, String password, CompletableFuture<KeyStore> result) {
        try {
            result.complete(read(file, password));
        }
        catch (RuntimeException ex) {
            OPENED.remove(identity, result);
            result.completeExceptionally(ex);
        }
    }

    private static KeyStore read(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        }
        catch (IOException ex) {
            if (ex.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalStateException("cannot open key store " + file + ": wrong password", ex);
            }
            throw new UncheckedIOException("cannot read key store " + file, ex);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot open key store " + file, ex);
        }
    }

    /** Which file, in which version, opened with which password (kept as a digest). */
    private record Identity(Path file, long size, long modified, String passwordDigest) {

        static Identity of(Path file, String password) {
            Path absolute = file.toAbsolutePath().normalize();
            try {
                BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
                return new Identity(absolute, attributes.size(), attributes.lastModifiedTime().toMillis(),
                        digest(password));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("cannot read key store " + file, ex);
            }
        }

        private static String digest(String password) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
                String hex = HexFormat.of().formatHex(hash);
                Arrays.fill(hash, (byte) 0);
                return hex;
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }

    }

}
