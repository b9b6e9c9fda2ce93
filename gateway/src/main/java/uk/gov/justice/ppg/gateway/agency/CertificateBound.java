package uk.gov.justice.ppg.gateway.agency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A token is accepted only if it is bound to the TLS client certificate of the connection
 * it came on (RFC 8705): its {@code cnf.x5t#S256} must be present and equal the SHA-256
 * thumbprint of that certificate. A token without the claim is refused, so a stolen token
 * is of no use with another certificate.
 */
final class CertificateBound implements OAuth2TokenValidator<Jwt> {

    static final String CLIENT_CHAIN = "jakarta.servlet.request.X509Certificate";

    private static final OAuth2Error UNBOUND = new OAuth2Error("invalid_token",
            "the token is not bound to this connection's client certificate", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object confirmation = token.getClaims().get("cnf");
        Object bound = (confirmation instanceof Map<?, ?> cnf) ? cnf.get("x5t#S256") : null;
        Optional<String> presented = clientCertificate().map(CertificateBound::thumbprint);
        if (bound instanceof String thumbprint && presented.isPresent()
                && MessageDigest.isEqual(thumbprint.getBytes(), presented.get().getBytes())) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(UNBOUND);
    }

    /** The leaf certificate the servlet container verified for the current request. */
    static Optional<X509Certificate> clientCertificate() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return clientCertificate(attributes.getRequest());
        }
        return Optional.empty();
    }

    static Optional<X509Certificate> clientCertificate(HttpServletRequest request) {
        if (request.getAttribute(CLIENT_CHAIN) instanceof X509Certificate[] chain && chain.length > 0) {
            return Optional.of(chain[0]);
        }
        return Optional.empty();
    }

    static String thumbprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
