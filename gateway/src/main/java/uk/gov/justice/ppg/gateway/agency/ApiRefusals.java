package uk.gov.justice.ppg.gateway.agency;

import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micrometer.core.instrument.Counter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;

import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.ids.TimeOrderedIds;
import uk.gov.justice.ppg.gateway.security.RealmTokens;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * One {@code API_REQUEST_REFUSED} record per refused agency-channel request: the code,
 * the TLS certificate's subject, the token's client and {@code jti}. When the token did
 * not verify, its client and {@code jti} are what it claims, and the record says so. A
 * refusal that cannot be recorded is counted ({@code gateway.audit.refusal.unrecorded})
 * and logged, like any other.
 */
final class ApiRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRefusals.class);

    private final AuditTrail audit;

    private final Counter unrecorded;

    ApiRefusals(AuditTrail audit, Counter unrecorded) {
        this.audit = audit;
        this.unrecorded = unrecorded;
    }

    /**
     * A refusal before the token verified (or with none): what it claims, marked as
     * claimed.
     */
    void unverified(HttpServletRequest request, GatewayErrorCode code, String why) {
        Optional<JWTClaimsSet> claims = RealmTokens.claimed(request);
        append(request, code, why, claims.map((set) -> (String) set.getClaim("azp")).orElse(null),
                claims.map(JWTClaimsSet::getJWTID).orElse(null), claims.isPresent());
    }

    /** A refusal of a verified token. */
    void verified(HttpServletRequest request, Jwt token, GatewayErrorCode code, String why) {
        append(request, code, why, token.getClaimAsString("azp"), token.getId(), false);
    }

    private void append(HttpServletRequest request, GatewayErrorCode code, String why, String client, String jti,
            boolean claimed) {
        String messageId = TimeOrderedIds.next();
        AuditRecord.Builder record = AuditRecord.builder(AuditEvent.API_REQUEST_REFUSED, AuditRecord.Outcome.REJECTED)
            .ids(messageId, null, null)
            .purpose(Purpose.SECURITY)
            .reason(code.code(),
                    bounded(request.getMethod() + " " + path(request) + ": " + why + "; token client "
                            + (client == null ? "none" : safe(client)) + ", jti " + (jti == null ? "none" : safe(jti))
                            + (claimed ? " (claimed, not verified)" : "")));
        CertificateBound.clientCertificate(request)
            .ifPresent((certificate) -> record.tlsSubject(certificate.getSubjectX500Principal().getName()));
        if (client != null) {
            record.parties(safe(client), null);
        }
        if (claimed) {
            record.claimed();
        }
        try {
            this.audit.append(record);
        }
        catch (RuntimeException ex) {
            this.unrecorded.increment();
            LOG.error("agency API refusal {} ({}) could not be audited ({})", messageId, code.code(),
                    ex.getClass().getSimpleName());
        }
        LOG.info("agency API request {} refused with {}", messageId, code.code());
    }

    private static String bounded(String detail) {
        return detail.length() > 500 ? detail.substring(0, 500) : detail;
    }

    /** The path without its query; ids in it are the gateway's own. */
    private static String path(HttpServletRequest request) {
        return safe(request.getRequestURI());
    }

    /** At most 64 characters, nothing outside a conservative alphabet. */
    private static String safe(String text) {
        String kept = text.replaceAll("[^A-Za-z0-9._:/\\-]", "?");
        return kept.length() > 64 ? kept.substring(0, 64) + "..." : kept;
    }

}
