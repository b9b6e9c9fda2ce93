package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.KeycloakServer;
import uk.gov.justice.ppg.gateway.support.TestPki;

/**
 * The realm in config/keycloak against the real Keycloak: an agency gets a token only
 * with its own certificate, the token is bound to that certificate (RFC 8705), is for the
 * gateway, and carries the agency's scopes.
 */
class KeycloakRealmIT {

    private final KeycloakServer keycloak = KeycloakServer.get();

    @Test
    void anAgencyWithItsCertificateGetsATokenBoundToItForTheGateway() throws Exception {
        for (ExampleParty agency : List.of(ExampleParty.PF01, ExampleParty.CS202)) {
            KeycloakServer.TokenResponse token = this.keycloak.token(agency.name(), agency);

            assertThat(token.status()).as(token.body().toString()).isEqualTo(200);
            JsonNode claims = token.claims();
            assertThat(claims.path("iss").asText()).isEqualTo(this.keycloak.issuer());
            assertThat(claims.path("azp").asText()).isEqualTo(agency.name());
            assertThat(claims.path("aud").asText()).isEqualTo("probation-partner-gateway");
            assertThat(claims.path("cnf").path("x5t#S256").asText()).isEqualTo(thumbprint(agency));
            assertThat(claims.path("scope").asText().split(" ")).contains("checks:result:write", "inbox:read",
                    "messages:read");
        }
    }

    @Test
    void anotherPartysCertificateGetsNoToken() {
        KeycloakServer.TokenResponse token = this.keycloak.token(ExampleParty.PF01.name(), ExampleParty.CS202);

        assertThat(token.status()).isEqualTo(401);
        assertThat(token.body().path("error").asText()).isEqualTo("invalid_client");
        assertThat(token.accessToken()).isEmpty();
    }

    @Test
    void aProbationPartnerDoesNotGetTheAgencyScopes() {
        KeycloakServer.TokenResponse token = this.keycloak.token(ExampleParty.N00.name(), ExampleParty.N00);

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.claims().path("scope").asText().split(" ")).contains("checks:read")
            .doesNotContain("checks:result:write", "inbox:read");
    }

    @Test
    void operationsScriptsGetTheirGatewayRolesForTheAdminAudienceOnly() {
        for (String role : List.of("operator", "auditor", "admin")) {
            KeycloakServer.TokenResponse token = this.keycloak.scriptToken("ops-" + role);

            assertThat(token.status()).as(token.body().toString()).isEqualTo(200);
            JsonNode claims = token.claims();
            assertThat(claims.path("aud").asText()).isEqualTo("probation-partner-gateway-admin");
            assertThat(claims.path("azp").asText()).isEqualTo("ops-" + role);
            assertThat(claims.path("gateway_roles")).extracting(JsonNode::asText).containsExactly("gateway-" + role);
        }
        assertThat(this.keycloak.scriptToken("ops-nobody").claims().path("gateway_roles")).isEmpty();
        assertThat(this.keycloak.token(ExampleParty.PF01.name(), ExampleParty.PF01).claims().has("gateway_roles"))
            .isFalse();
    }

    private static String thumbprint(ExampleParty party) throws Exception {
        PkiLayout pki = TestPki.layout();
        KeyStore store = pki.load(pki.tlsKeyStore(party));
        X509Certificate certificate = (X509Certificate) store.getCertificate(store.aliases().nextElement());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

}
