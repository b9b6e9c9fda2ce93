package uk.gov.justice.ppg.gateway.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.AlgorithmSuite;

/**
 * What a partner's WS-Security signature must meet. {@link #STRICT} is the default for
 * every partner; {@link #SPG_2018} reproduces MoJ's SPG test signer (Body only, SHA-1
 * digest, unsigned Timestamp) and is allowed only for partners pinned to it, counted and
 * audited as weak on every use.
 */
public enum SignatureProfile {

    STRICT("strict", false, Set.of(WSS4JConstants.RSA_SHA256, Uris.RSA_SHA384, WSS4JConstants.RSA_SHA512),
            Set.of(WSS4JConstants.SHA256, WSS4JConstants.SHA384, WSS4JConstants.SHA512), true),

    SPG_2018("spg-2018", true, Set.of(WSS4JConstants.RSA_SHA256), Set.of(WSS4JConstants.SHA1, WSS4JConstants.SHA256),
            false);

    /**
     * The only canonicalisation (and reference transform) accepted: exclusive C14N
     * without comments.
     */
    public static final String C14N = WSS4JConstants.C14N_EXCL_OMIT_COMMENTS;

    /** Shortest RSA key accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    private final String profileName;

    private final boolean weak;

    private final Set<String> signatureMethods;

    private final Set<String> digestMethods;

    private final boolean timestampMustBeSigned;

    SignatureProfile(String profileName, boolean weak, Set<String> signatureMethods, Set<String> digestMethods,
            boolean timestampMustBeSigned) {
        this.profileName = profileName;
        this.weak = weak;
        this.signatureMethods = signatureMethods;
        this.digestMethods = digestMethods;
        this.timestampMustBeSigned = timestampMustBeSigned;
    }

    /** The name used in the partner directory and audit records. */
    public String profileName() {
        return this.profileName;
    }

    public boolean weak() {
        return this.weak;
    }

    public boolean allowsSignatureMethod(String uri) {
        return this.signatureMethods.contains(uri);
    }

    public boolean allowsDigestMethod(String uri) {
        return this.digestMethods.contains(uri);
    }

    public boolean timestampMustBeSigned() {
        return this.timestampMustBeSigned;
    }

    /** The same policy expressed for WSS4J, which enforces it again while it verifies. */
    public AlgorithmSuite algorithmSuite() {
        AlgorithmSuite suite = new AlgorithmSuite();
        this.signatureMethods.forEach(suite::addSignatureMethod);
        this.digestMethods.forEach(suite::addDigestAlgorithm);
        suite.addC14nAlgorithm(C14N);
        suite.addTransformAlgorithm(C14N);
        suite.setMinimumAsymmetricKeyLength(MIN_RSA_BITS);
        return suite;
    }

    public static Optional<SignatureProfile> fromName(String name) {
        return Arrays.stream(values()).filter((profile) -> profile.profileName.equals(name)).findFirst();
    }

    /** Algorithm URIs WSS4J names no constant for. */
    private static final class Uris {

        static final String RSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";

    }

}
