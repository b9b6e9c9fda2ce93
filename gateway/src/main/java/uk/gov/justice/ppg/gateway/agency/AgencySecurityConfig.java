package uk.gov.justice.ppg.gateway.agency;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.RealmTokens;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

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
                    refusals.unverified(request, GatewayErrorCode.TOKEN_INVALID, RealmTokens.why(failure));
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
                }));
        return RealmTokens.stateless(http).anonymous(AbstractHttpConfigurer::disable).build();
    }

    @Bean
    JwtDecoder agencyTokens(GatewayProperties properties) {
        return RealmTokens.decoder(properties, properties.agency().audience(), List.of(new CertificateBound()));
    }

}
