package uk.gov.justice.ppg.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * The one way the gateway and its tools set up mutual TLS: an SSL context that presents
 * the certificate in a key store and trusts the CAs in a trust store, and the parameters
 * of each end (TLS 1.3 and 1.2 only, AEAD cipher suites only; a client verifies the
 * server's host name, a server demands a client certificate).
 */
public final class MutualTls {

    /** The protocol versions either end offers. */
    private static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

    /**
     * The cipher suites either end offers: TLS 1.3's, and for TLS 1.2 only ECDHE with an
     * AEAD cipher (GCM, ChaCha20-Poly1305): no CBC, no SHA-1 MACs, no static RSA key
     * exchange. The partner port (Tomcat) offers the same list.
     */
    public static final List<String> CIPHER_SUITES = List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

    private MutualTls() {
    }

    /**
     * A context presenting the key in {@code keys} (opened with {@code password}) and
     * trusting the certificates in {@code trust}.
     */
    public static SSLContext context(KeyStore keys, char[] password, KeyStore trust) {
        try {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, password);
            TrustManagerFactory trustManagers = TrustManagerFactory
                .getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return context;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot set up mutual TLS", ex);
        }
    }

    /**
     * A client's parameters; {@code verifyHostName} checks the server certificate names
     * the host connected to.
     */
    public static SSLParameters client(boolean verifyHostName) {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setCipherSuites(CIPHER_SUITES.toArray(String[]::new));
        if (verifyHostName) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        return parameters;
    }

    /** A server's parameters: a client certificate is required. */
    public static SSLParameters server(SSLContext context) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setNeedClientAuth(true);
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setCipherSuites(CIPHER_SUITES.toArray(String[]::new));
        return parameters;
    }

}
