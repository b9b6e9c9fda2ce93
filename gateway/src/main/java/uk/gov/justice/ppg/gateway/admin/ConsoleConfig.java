package uk.gov.justice.ppg.gateway.admin;

import java.net.URI;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.justice.ppg.gateway.config.GatewayProperties;
import uk.gov.justice.ppg.gateway.security.RealmTokens;

/**
 * The web console (docs/admin-api.md, "Console"): static files under
 * {@code /admin/console/} on the admin listener, holding no data, with the realm's
 * address at {@code /admin/console/config.json}. A person logs in through Keycloak
 * (authorization code with PKCE, client {@code ppg-console}) and the page calls the admin
 * API with the token, so the console can show and do exactly what the token's roles
 * allow. Served with a content security policy that lets the page load only its own files
 * and talk only to the gateway and the realm.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfig {

    static final String CLIENT_ID = "ppg-console";

    @Bean
    @Order(2)
    SecurityFilterChain consolePages(HttpSecurity http, GatewayProperties properties) throws Exception {
        URI issuer = properties.agency().issuer();
        String realm = (issuer == null) ? "" : " " + issuer.getScheme() + "://" + issuer.getAuthority();
        http.securityMatcher("/admin/console/**")
            .authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
            .headers((headers) -> headers
                .contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                        + "style-src 'self'; img-src 'self'; connect-src 'self'" + realm + "; form-action 'self'"
                        + realm + "; frame-ancestors 'none'; base-uri 'none'"))
                .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return RealmTokens.stateless(http).build();
    }

    @RestController
    static class ConsoleSettings {

        private final GatewayProperties properties;

        ConsoleSettings(GatewayProperties properties) {
            this.properties = properties;
        }

        /** Where the console sends a person to log in: no data, no token needed. */
        @GetMapping("/admin/console/config.json")
        ResponseEntity<Map<String, String>> settings() {
            URI issuer = this.properties.agency().issuer();
            return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("issuer", (issuer == null) ? "" : issuer.toString(), "clientId", CLIENT_ID));
        }

    }

}
