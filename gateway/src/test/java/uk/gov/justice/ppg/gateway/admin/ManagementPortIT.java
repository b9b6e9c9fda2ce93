package uk.gov.justice.ppg.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.test.web.server.LocalManagementPort;

import uk.gov.justice.ppg.gateway.support.GatewayIT;

/**
 * The management port serves health (liveness, readiness, the partners' breakers) and the
 * Prometheus scrape, and nothing else: every other actuator endpoint, of Spring Boot,
 * Camel or the gateway, is unreachable without a token because it is not there.
 */
class ManagementPortIT extends GatewayIT {

    /** Every actuator endpoint id the libraries on the class path can offer. */
    private static final List<String> OTHERS = List.of("", "beans", "caches", "conditions", "configprops", "env",
            "flyway", "info", "loggers", "heapdump", "threaddump", "metrics", "metrics/jvm.memory.used",
            "scheduledtasks", "mappings", "sbom", "shutdown", "startup", "httpexchanges", "auditevents", "camelroutes",
            "camel", "partners", "audit", "audit/export", "audit/search", "logfile", "integrationgraph", "quartz",
            "sessions");

    @LocalManagementPort
    private int managementPort;

    @Autowired
    private WebEndpointsSupplier endpoints;

    @Test
    void onlyHealthAndPrometheusAreExposed() {
        assertThat(this.endpoints.getEndpoints()).extracting((endpoint) -> endpoint.getEndpointId().toString())
            .containsExactlyInAnyOrder("health", "prometheus");
        assertThat(this.endpoints.getEndpoints()).extracting(ExposableWebEndpoint::getRootPath)
            .containsExactlyInAnyOrder("health", "prometheus");
    }

    @Test
    void healthAndTheScrapeAnswerWithoutATokenAndNothingElseAnswersAtAll() throws Exception {
        for (String path : List.of("health", "health/liveness", "health/readiness", "health/partners")) {
            assertThat(status(path)).as(path).isEqualTo(200);
        }
        JsonNode readiness = new ObjectMapper().readTree(get("health/readiness").body()).path("components");
        assertThat(readiness.fieldNames()).toIterable()
            .as("readiness covers the stores, the key material and the audit sealer")
            .contains("storage", "keyMaterial", "auditSealing");
        assertThat(readiness.path("keyMaterial").path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("auditSealing").path("status").asText()).isEqualTo("UP");
        HttpResponse<String> scrape = get("prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("gateway_").contains("jvm_memory_used_bytes");
        for (String path : OTHERS) {
            assertThat(status(path)).as("/actuator/" + path).isEqualTo(404);
        }
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> write = HttpClient.newHttpClient()
                .send(HttpRequest
                    .newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/partners/c00"))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{\"switchedOff\":true}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(write.statusCode()).as(method).isIn(404, 405);
        }
    }

    private int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/" + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

}
