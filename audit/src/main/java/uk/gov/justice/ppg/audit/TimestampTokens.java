package uk.gov.justice.ppg.audit;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 time-stamping of checkpoints (Bouncy Castle TSP): the request, the response
 * check, the token check.
 */
public final class TimestampTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimestampTokens() {
    }

    /**
     * A time-stamp request over SHA-256 of the checkpoint's payload, asking for the TSA's
     * certificate.
     */
    public static TimeStampRequest request(Checkpoint checkpoint) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(NISTObjectIdentifiers.id_sha256, digest(checkpoint), new BigInteger(64, RANDOM));
    }

    /**
     * Checks a TSA's response against the request it answers; returns the token, base64.
     */
    public static String accept(TimeStampRequest request, byte[] response) throws IOException {
        try {
            TimeStampResponse parsed = new TimeStampResponse(response);
            parsed.validate(request);
            if (parsed.getTimeStampToken() == null) {
                throw new IOException("time-stamp refused: status " + parsed.getStatus());
            }
            return Base64.getEncoder().encodeToString(parsed.getTimeStampToken().getEncoded());
        }
        catch (TSPException ex) {
            throw new IOException("unacceptable time-stamp response", ex);
        }
    }

    /**
     * The time the TSA certifies for this checkpoint, if its token is signed by the TSA
     * certificate and stamps exactly this checkpoint; empty otherwise.
     */
    public static Optional<Instant> verifiedTime(Checkpoint checkpoint, X509Certificate tsa) {
        if (checkpoint.timestampToken() == null) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(
                    new CMSSignedData(Base64.getDecoder().decode(checkpoint.timestampToken())));
            SignerInformationVerifier verifier = new JcaSimpleSignerInfoVerifierBuilder()
                .build(new JcaX509CertificateHolder(tsa));
            token.validate(verifier);
            if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), digest(checkpoint))) {
                return Optional.empty();
            }
            return Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
        }
        catch (Exception ex) {
            return Optional.empty();
        }
    }

    private static byte[] digest(Checkpoint checkpoint) {
        return ChainHash.sha256().digest(checkpoint.payload());
    }

}
