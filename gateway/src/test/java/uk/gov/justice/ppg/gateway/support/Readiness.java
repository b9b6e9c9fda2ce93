package uk.gov.justice.ppg.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a gateway's readiness probe, within a bound: it answers from the storage probe's
 * last result, never by waiting on a lost resource.
 */
public final class Readiness {

    private Readiness() {
    }

    /** The status code and the body, as {@code "503 {...}"}. */
    public static String of(int managementPort) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

}
