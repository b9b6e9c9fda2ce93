package uk.gov.justice.ppg.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Opens the PKCS#12 stores named in the configuration. */
public final class KeyStores {

    private KeyStores() {
    }

    public static KeyStore load(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read key store " + file, ex);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot open key store " + file, ex);
        }
    }

}
