package uk.gov.justice.ppg.gateway.admin;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.gov.justice.ppg.gateway.agency.ApiProblems;
import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.RealmTokens;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * The admin API's security (ADR 0026): {@code /admin/api/**} takes only bearer tokens of
 * the realm for the admin audience ({@code gateway.admin.audience}), with no certificate
 * binding (people log in from a browser); a token's {@code gateway_roles} become its
 * authorities, and each endpoint's {@link Allowed} roles are enforced by
 * {@link AdminCalls}. A missing or bad token is 401 GW-083, audited.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfig implements WebMvcConfigurer {

    /** The claim the realm's {@code gateway-roles} scope puts the realm roles in. */
    static final String ROLES_CLAIM = "gateway_roles";

    private static final Set<String> KNOWN = Set
        .copyOf(Arrays.stream(AdminRole.values()).map(AdminRole::realmRole).toList());

    private final AdminCalls calls;

    AdminSecurityConfig(AdminCalls calls) {
        this.calls = calls;
    }

    @Bean
    @Order(0)
    SecurityFilterChain adminApi(HttpSecurity http, GatewayProperties properties) throws Exception {
        JwtDecoder tokens = RealmTokens.decoder(properties, properties.admin().audience(), List.of());
        http.securityMatcher("/admin/api/**")
            .authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
            .oauth2ResourceServer((resource) -> resource
                .jwt((jwt) -> jwt.decoder(tokens).jwtAuthenticationConverter(AdminSecurityConfig::authentication))
                .authenticationEntryPoint((request, response, failure) -> {
                    this.calls.unauthenticated(request, RealmTokens.why(failure));
                    ApiProblems.write(response, GatewayErrorCode.TOKEN_INVALID, HttpStatus.UNAUTHORIZED);
                }));
        return RealmTokens.stateless(http).anonymous(AbstractHttpConfigurer::disable).build();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this.calls).addPathPatterns("/admin/api/**");
    }

    private static JwtAuthenticationToken authentication(Jwt token) {
        return new JwtAuthenticationToken(token, roles(token.getClaimAsStringList(ROLES_CLAIM)), token.getSubject());
    }

    private static Collection<GrantedAuthority> roles(List<String> claimed) {
        if (claimed == null) {
            return List.of();
        }
        return claimed.stream()
            .filter(KNOWN::contains)
            .map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
            .toList();
    }

}
