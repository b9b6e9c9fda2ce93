package uk.gov.justice.ppg.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.KeycloakServer;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The gateway with the agency channel's issuer set to the real Keycloak, in a context of
 * its own that every agency test class shares, and calls to the API over mutual TLS as a
 * given party.
 */
public abstract class AgencyIT extends GatewayIT {

    protected static final ObjectMapper JSON = new ObjectMapper();

    protected static final KeycloakServer KEYCLOAK = KeycloakServer.get();

    @DynamicPropertySource
    static void agencyIssuer(DynamicPropertyRegistry registry) {
        GatewayIT.ownStores(registry);
        registry.add("gateway.agency.issuer", KEYCLOAK::issuer);
        registry.add("test.delivery.expiry", () -> "8s");
        registry.add("gateway.agency.clock-skew", () -> "1s");
        registry.add("gateway.agency.inbox-lifetime", () -> "8s");
    }

    protected static String token(ExampleParty party) {
        return KEYCLOAK.token(party.name(), party).accessToken();
    }

    static JsonNode problem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        return problem;
    }

    protected HttpResponse<String> get(ExampleParty party, String path, String token) throws Exception {
        return send(party, request(path, token).GET());
    }

    HttpResponse<String> post(ExampleParty party, String path, String token, Map<String, String> headers, byte[] body)
            throws Exception {
        HttpRequest.Builder request = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(party, request);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + this.port + path))
            .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<String> send(ExampleParty party, HttpRequest.Builder request) throws Exception {
        PkiLayout pki = TestPki.layout();
        HttpClient client = HttpClient.newBuilder()
            .sslContext(MutualTls.context(pki.load(pki.tlsKeyStore(party)), pki.password(), pki.load(pki.trustStore())))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
