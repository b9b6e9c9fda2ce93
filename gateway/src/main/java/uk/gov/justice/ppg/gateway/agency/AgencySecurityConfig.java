package uk.gov.justice.ppg.gateway.agency;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.KeyStores;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The agency channel's security (ADR 0023): {@code /api/**} on the partner port (mutual
 * TLS already required there) takes only bearer tokens of the configured Keycloak realm,
 * signed RS256, PS256 or ES256 with a key of its JWKS, for the gateway's audience,
 * unexpired, and bound to the connection's client certificate; each action needs its
 * scope. Everything else under {@code /api/} is refused. The SOAP endpoint and the
 * management port are not this chain's business. Refusals are problem details with their
 * GW codes.
 */
@Configuration(proxyBeanMethods = false)
class AgencySecurityConfig {

    static final String RESULTS = "/api/v1/check-results";

    static final String INBOX = "/api/v1/inbox/**";

    static final String MESSAGES = "/api/v1/messages/**";

    static final String CHECKS = "/api/v1/checks";

    /** The OpenAPI document: any verified token of the realm may read it. */
    static final String OPENAPI = "/api/v1/openapi.json";

    @Bean
    @Order(1)
    SecurityFilterChain agencyApi(HttpSecurity http, JwtDecoder agencyTokens, ApiRefusals refusals) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, RESULTS)
                .hasAuthority("SCOPE_checks:result:write")
                .requestMatchers(INBOX)
                .hasAuthority("SCOPE_inbox:read")
                .requestMatchers(HttpMethod.GET, MESSAGES)
                .hasAuthority("SCOPE_messages:read")
                .requestMatchers(HttpMethod.GET, CHECKS)
                .hasAuthority("SCOPE_checks:read")
                .requestMatchers(HttpMethod.GET, OPENAPI)
                .authenticated()
                .anyRequest()
                .denyAll())
            .oauth2ResourceServer((resource) -> resource.jwt((jwt) -> jwt.decoder(agencyTokens))
                .authenticationEntryPoint((request, response, failure) -> {
                    refusals.unverified(request, GatewayErrorCode.TOKEN_INVALID, why(failure));
                    ApiProblems.write(response, GatewayErrorCode.TOKEN_INVALID, HttpStatus.UNAUTHORIZED);
                })
                .accessDeniedHandler((request, response, denied) -> {
                    if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
                        refusals.verified(request, token.getToken(), GatewayErrorCode.TOKEN_SCOPE_MISSING,
                                "no scope for this action");
                    }
                    else {
                        refusals.unverified(request, GatewayErrorCode.TOKEN_SCOPE_MISSING, "not authenticated");
                    }
                    ApiProblems.write(response, GatewayErrorCode.TOKEN_SCOPE_MISSING, HttpStatus.FORBIDDEN);
                }))
            .sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable)
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .httpBasic(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .anonymous(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /**
     * Why a token was refused, in Spring Security's words (which quote no claim values).
     */
    private static String why(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            String description = oauth.getError().getDescription();
            return description.length() > 200 ? description.substring(0, 200) : description;
        }
        return "no bearer token";
    }

    @Bean
    JwtDecoder agencyTokens(GatewayProperties properties) {
        GatewayProperties.Agency agency = properties.agency();
        if (agency.issuer() == null) {
            return (token) -> {
                throw new BadJwtException("no agency token issuer is configured");
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
        String issuer = agency.issuer().toString();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs")
            .jwsAlgorithms((algorithms) -> {
                algorithms.clear();
                algorithms
                    .addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.PS256, SignatureAlgorithm.ES256));
            })
            .restOperations(new RestTemplate(requests))
            .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                List.of(new JwtTimestampValidator(agency.clockSkew()), new JwtIssuerValidator(issuer),
                        new JwtClaimValidator<List<String>>("aud",
                                (audience) -> audience != null && audience.contains(agency.audience())),
                        new CertificateBound())));
        return failingClosed(decoder);
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
