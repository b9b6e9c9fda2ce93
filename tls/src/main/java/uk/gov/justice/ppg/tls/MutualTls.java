package uk.gov.justice.ppg.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * The one way the gateway and its tools set up mutual TLS: an SSL context that presents
 * the certificate in a key store and trusts the CAs in a trust store, and the parameters
 * of each end (TLS 1.3 and 1.2 only; a client verifies the server's host name, a server
 * demands a client certificate).
 */
public final class MutualTls {

    /** The protocol versions either end offers. */
    private static final String[] PROTOCOLS = { "TLSv1.3", "TLSv1.2" };

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
        return parameters;
    }

}
