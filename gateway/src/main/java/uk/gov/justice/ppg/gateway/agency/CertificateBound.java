package uk.gov.justice.ppg.gateway.agency;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token is accepted only if it is bound to a TLS client certificate (RFC 8705): its
 * {@code cnf.x5t#S256} must be present. Spring Security's default validators
 * ({@code X509CertificateThumbprintValidator}) compare the claim with the connection's
 * certificate, but let a token without the claim through; this refuses that one, so a
 * stolen token is of no use with another certificate. Also where the connection's client
 * certificate is read from.
 */
final class CertificateBound implements OAuth2TokenValidator<Jwt> {

    static final String CLIENT_CHAIN = "jakarta.servlet.request.X509Certificate";

    private static final OAuth2Error UNBOUND = new OAuth2Error("invalid_token",
            "the token is not bound to a client certificate", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object confirmation = token.getClaims().get("cnf");
        Object bound = (confirmation instanceof Map<?, ?> cnf) ? cnf.get("x5t#S256") : null;
        return (bound instanceof String thumbprint && !thumbprint.isBlank()) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(UNBOUND);
    }

    /** The leaf certificate the servlet container verified for the request. */
    static Optional<X509Certificate> clientCertificate(HttpServletRequest request) {
        if (request.getAttribute(CLIENT_CHAIN) instanceof X509Certificate[] chain && chain.length > 0) {
            return Optional.of(chain[0]);
        }
        return Optional.empty();
    }

}
