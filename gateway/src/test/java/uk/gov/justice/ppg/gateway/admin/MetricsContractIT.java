package uk.gov.justice.ppg.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.agency.AgencyIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;

/**
 * The Grafana dashboard and the Prometheus alert rules in docs/ are built on metrics the
 * gateway exports: after an interchange is accepted and delivered, one is refused and one
 * dead-lettered, every {@code gateway_} name either file uses is in the scrape, and the
 * counts say what happened.
 */
class MetricsContractIT extends AgencyIT {

    private static final Pattern NAME = Pattern.compile("\\bgateway_[a-z0-9_]+");

    @LocalManagementPort
    private int managementPort;

    @Test
    void everyMetricTheDashboardAndTheAlertRulesUseIsExported() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        assertThat(client(ExampleParty.N00).send(event, SigningOptions.strict()).accepted()).isTrue();
        this.deliveries.awaitFinal(Samples.controlReference(event), Duration.ofSeconds(20));
        Document unknownCase = Samples.allocation("Z999999", "C21");
        Samples.setParty(unknownCase, "SenderIdentity", "C21");
        assertThat(client(ExampleParty.C21).send(unknownCase, SigningOptions.strict()).accepted()).isFalse();
        deadLetterToMtc("R" + (100000 + ThreadLocalRandom.current().nextInt(900000)));

        Set<String> used = new TreeSet<>();
        used.addAll(names(Files.readString(Path.of("..", "docs", "grafana", "gateway-dashboard.json"))));
        used.addAll(names(Files.readString(Path.of("..", "docs", "prometheus", "gateway-alerts.yml"))));
        assertThat(used).hasSizeGreaterThan(10);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(exported()).containsAll(used));

        String scrape = scrape();
        assertThat(value(scrape, "gateway_interchanges_accepted_total", "message_type=\"Event\"", "partner=\"nps\""))
            .isPositive();
        assertThat(value(scrape, "gateway_deliveries_dead_lettered_total", "code=\"GW-071\"", "partner=\"mtc\""))
            .isPositive();
        assertThat(value(scrape, "gateway_deliveries_retried_total", "partner=\"mtc\"")).isPositive();
        assertThat(value(scrape, "gateway_interchanges_refused_total", "partner=\"c21\"")).isPositive();
        assertThat(value(scrape, "gateway_certificate_expiry_days", "use=\"audit\"")).isGreaterThan(30);
        assertThat(value(scrape, "gateway_certificate_expiry_days", "certificate=\"n00.spg.example\"",
                "use=\"partner-tls\""))
            .as("N00's TLS certificate, as it presented it")
            .isGreaterThan(30);
        assertThat(value(scrape, "gateway_certificate_expiry_days", "certificate=\"signing.n00.spg.example\"",
                "use=\"partner-signing\""))
            .isGreaterThan(30);
        assertThat(value(scrape, "gateway_revocation_next_update_seconds")).isPositive();
        assertThat(value(scrape, "gateway_audit_seal_age_seconds")).isLessThan(30);
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(value(scrape(), "gateway_queue_waiting", "partner=\"mtc\"")).isZero());
    }

    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }

    /** The sample names in the scrape. */
    private Set<String> exported() throws Exception {
        Set<String> names = new TreeSet<>();
        for (String line : scrape().split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    /** The first sample of {@code name} whose labels contain every one given. */
    private static double value(String scrape, String name, String... labels) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                boolean all = true;
                for (String label : labels) {
                    all &= line.contains(label);
                }
                if (all) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        throw new AssertionError("no sample " + name + " with " + String.join(", ", labels));
    }

    private String scrape() throws Exception {
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString())
            .body();
    }

}
