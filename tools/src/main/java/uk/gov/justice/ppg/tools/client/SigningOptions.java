package uk.gov.justice.ppg.tools.client;

import java.time.Duration;

import org.apache.wss4j.common.WSS4JConstants;

/**
 * How a test partner signs. {@link #strict()} is what the gateway requires; the other
 * settings produce the weak or broken variants the gateway must refuse, and
 * {@link #spg2018()} reproduces MoJ's SPG test signer.
 *
 * @param soap12 SOAP 1.2 (else 1.1)
 * @param includeTimestamp add a wsu:Timestamp
 * @param signTimestamp cover the Timestamp with the signature
 * @param signBody cover the Body with the signature
 * @param signatureAlgorithm XML-DSig signature method URI
 * @param digestAlgorithm XML-DSig digest method URI
 * @param timeToLive Timestamp lifetime
 * @param clockOffset how far the signer's clock is ahead (positive) or behind (negative)
 */
public record SigningOptions(boolean soap12, boolean includeTimestamp, boolean signTimestamp, boolean signBody,
        String signatureAlgorithm, String digestAlgorithm, Duration timeToLive, Duration clockOffset) {

    public static SigningOptions strict() {
        return new SigningOptions(true, true, true, true, WSS4JConstants.RSA_SHA256, WSS4JConstants.SHA256,
                Duration.ofSeconds(300), Duration.ZERO);
    }

    /**
     * Body only, SHA-1 digest, RSA-SHA256 signature, unsigned Timestamp living 1000 s:
     * the SPG 2018 test signer.
     */
    public static SigningOptions spg2018() {
        return new SigningOptions(true, true, false, true, WSS4JConstants.RSA_SHA256, WSS4JConstants.SHA1,
                Duration.ofSeconds(1000), Duration.ZERO);
    }

    public SigningOptions soap11() {
        return new SigningOptions(false, this.includeTimestamp, this.signTimestamp, this.signBody,
                this.signatureAlgorithm, this.digestAlgorithm, this.timeToLive, this.clockOffset);
    }

    public SigningOptions withoutTimestamp() {
        return new SigningOptions(this.soap12, false, false, this.signBody, this.signatureAlgorithm,
                this.digestAlgorithm, this.timeToLive, this.clockOffset);
    }

    public SigningOptions coverage(boolean timestamp, boolean body) {
        return new SigningOptions(this.soap12, this.includeTimestamp, timestamp, body, this.signatureAlgorithm,
                this.digestAlgorithm, this.timeToLive, this.clockOffset);
    }

    public SigningOptions algorithms(String signature, String digest) {
        return new SigningOptions(this.soap12, this.includeTimestamp, this.signTimestamp, this.signBody, signature,
                digest, this.timeToLive, this.clockOffset);
    }

    public SigningOptions clock(Duration offset, Duration ttl) {
        return new SigningOptions(this.soap12, this.includeTimestamp, this.signTimestamp, this.signBody,
                this.signatureAlgorithm, this.digestAlgorithm, ttl, offset);
    }

}
