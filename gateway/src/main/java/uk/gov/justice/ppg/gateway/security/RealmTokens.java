package uk.gov.justice.ppg.gateway.security;

import java.net.http.HttpClient;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * Verifies tokens of the Keycloak realm ({@code gateway.agency.issuer}) for one audience:
 * signed RS256, PS256 or ES256 with a key of the realm's JWKS (fetched over TLS trusting
 * the gateway's trust store), from the realm's issuer, unexpired within the configured
 * skew, naming the audience, and passing any further checks. The agency channel and the
 * admin API each build theirs, for different audiences, so neither's tokens open the
 * other.
 */
public final class RealmTokens {

    private static final String BEARER = "Bearer ";

    private RealmTokens() {
    }

    public static JwtDecoder decoder(GatewayProperties properties, String audience,
            List<OAuth2TokenValidator<Jwt>> further) {
        GatewayProperties.Agency realm = properties.agency();
        if (realm.issuer() == null) {
            return (token) -> {
                throw new BadJwtException("no token issuer is configured");
            };
        }
        GatewayProperties.Pki pki = properties.pki();
        HttpClient client = HttpClient.newBuilder()
            .sslContext(MutualTls.context(KeyStores.load(pki.tlsKeyStore(), pki.password()),
                    pki.password().toCharArray(), KeyStores.load(pki.trustStore(), pki.password())))
            .connectTimeout(Duration.ofSeconds(5))
            .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(Duration.ofSeconds(5));
        String issuer = realm.issuer().toString();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs")
            .jwsAlgorithms((algorithms) -> {
                algorithms.clear();
                algorithms
                    .addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.PS256, SignatureAlgorithm.ES256));
            })
            .restOperations(new RestTemplate(requests))
            .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>(List.of(
                new JwtTimestampValidator(realm.clockSkew()), new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>("aud", (named) -> named != null && named.contains(audience))));
        validators.addAll(further);
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
        return failingClosed(decoder);
    }

    /**
     * A chain that keeps nothing between requests: no session, request cache, form or
     * basic login, logout or CSRF token (bearer tokens are not sent by a browser on its
     * own, so there is nothing to forge).
     */
    public static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable);
    }

    /**
     * Why a token was refused, in Spring Security's words (which quote no claim values).
     */
    public static String why(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            String description = oauth.getError().getDescription();
            return description.length() > 200 ? description.substring(0, 200) : description;
        }
        return "no bearer token";
    }

    /**
     * What an unverified bearer token claims, for the audit record of its refusal (marked
     * there as claimed); empty when there is no parsable token.
     */
    public static Optional<JWTClaimsSet> claimed(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BEARER) || header.length() > 8192) {
            return Optional.empty();
        }
        try {
            return Optional.of(JWTParser.parse(header.substring(BEARER.length()).strip()).getJWTClaimsSet());
        }
        catch (ParseException | RuntimeException ex) {
            return Optional.empty();
        }
    }

    /**
     * A token whose key cannot be had (an unknown key id while Keycloak is down, say) is
     * a token that does not verify: 401, not a server error.
     */
    private static JwtDecoder failingClosed(JwtDecoder decoder) {
        return (token) -> {
            try {
                return decoder.decode(token);
            }
            catch (BadJwtException ex) {
                throw ex;
            }
            catch (JwtException ex) {
                throw new BadJwtException("no key to verify the token with (" + ex.getClass().getSimpleName() + ")",
                        ex);
            }
        };
    }

}
