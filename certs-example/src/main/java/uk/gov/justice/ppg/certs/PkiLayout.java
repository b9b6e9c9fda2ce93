package uk.gov.justice.ppg.certs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** Where the example PKI's files are, and how to open them. */
public record PkiLayout(Path dir) {

    /** PKCS#12 file holding the trusted root and issuing CA certificates. */
    public Path trustStore() {
        return this.dir.resolve("trust.p12");
    }

    /** The root's and the issuing CA's certificate revocation lists, PEM, in one file. */
    public Path crls() {
        return this.dir.resolve("crls.pem");
    }

    /**
     * The password of every example keystore, in a file readable only by its owner. It
     * sits alone in {@code secrets/} so the gateway can import that directory as a Spring
     * config tree.
     */
    public Path passwordFile() {
        return this.dir.resolve("secrets").resolve("store-password");
    }

    public char[] password() {
        try {
            return Files.readString(passwordFile()).trim().toCharArray();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A PKCS#12 key store by name, e.g. {@code n00-signing} or
     * {@code n00-signing-expired}.
     */
    public Path keyStore(String name) {
        return this.dir.resolve(name + ".p12");
    }

    public Path tlsKeyStore(ExampleParty party) {
        return keyStore(party.id() + "-tls");
    }

    public Path signingKeyStore(ExampleParty party) {
        return keyStore(party.id() + "-signing");
    }

    /** PEM certificate by name, e.g. {@code gateway-audit} or {@code root-ca}. */
    public Path certificate(String name) {
        return this.dir.resolve(name + ".crt");
    }

    public KeyStore load(Path store) {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password());
            return keyStore;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot open " + store, ex);
        }
    }

}
