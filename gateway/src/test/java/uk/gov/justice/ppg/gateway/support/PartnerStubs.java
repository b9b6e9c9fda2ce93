package uk.gov.justice.ppg.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * The partners' systems, stood in for by one WireMock server on real mutual TLS (its
 * certificate is C00's, its trust the example CAs, client certificates required). Each
 * partner is a path, {@code /partners/<id>}, and by default answers
 * {@code SPGInterchangeResponse} 200 like a healthy CRC.
 */
public final class PartnerStubs {

    /**
     * The agency the test directory puts on the JSON channel (the shipped one has it on
     * SOAP).
     */
    public static final String JSON_AGENCY = "cs202";

    public static final String ACCEPTED = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\">"
            + "<soap:Header/><soap:Body><SPGInterchangeResponse xmlns=\"http://www.justice.gsi.gov.uk/SPG/\">"
            + "<SPGInterchangeResponseType>200</SPGInterchangeResponseType></SPGInterchangeResponse></soap:Body>"
            + "</soap:Envelope>";

    private final WireMockServer server;

    private PartnerStubs(WireMockServer server) {
        this.server = server;
    }

    /** A SOAP 1.2 Sender fault, as a partner refusing a delivery answers. */
    public static String senderFault(String reason) {
        return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body><soap:Fault>"
                + "<soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code><soap:Reason>"
                + "<soap:Text xml:lang=\"en\">" + reason + "</soap:Text></soap:Reason></soap:Fault>"
                + "</soap:Body></soap:Envelope>";
    }

    public static PartnerStubs start(PkiLayout pki) {
        String password = new String(pki.password());
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
            .httpDisabled(true)
            .dynamicHttpsPort()
            .keystorePath(pki.keyStore("c00-tls").toString())
            .keystoreType("PKCS12")
            .keystorePassword(password)
            .keyManagerPassword(password)
            .needClientAuth(true)
            .trustStorePath(pki.trustStore().toString())
            .trustStoreType("PKCS12")
            .trustStorePassword(password)
            .containerThreads(24));
        server.start();
        PartnerStubs stubs = new PartnerStubs(server);
        stubs.resetToHealthy();
        return stubs;
    }

    public WireMockServer server() {
        return this.server;
    }

    public String endpoint(String partnerId) {
        return "https://localhost:" + this.server.httpsPort() + "/partners/" + partnerId;
    }

    /**
     * Every partner answers 200 again (an agency on the JSON channel,
     * {@link #JSON_AGENCY}, with its item's id); recorded requests are kept.
     */
    public void resetToHealthy() {
        this.server.resetMappings();
        this.server.stubFor(post(urlPathMatching("/partners/.*")).atPriority(10)
            .willReturn(
                    aResponse().withStatus(200).withHeader("Content-Type", "application/soap+xml").withBody(ACCEPTED)));
        this.server.stubFor(post(urlPathMatching("/partners/" + JSON_AGENCY)).atPriority(5)
            .willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"{{jsonPath request.body '$.id'}}\"}")
                .withTransformers("response-template")));
    }

    /** Requests received by one partner, oldest first. */
    public List<LoggedRequest> received(String partnerId) {
        return this.server.getAllServeEvents()
            .stream()
            .map((event) -> event.getRequest())
            .filter((request) -> request.getUrl().equals("/partners/" + partnerId))
            .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
            .map(LoggedRequest.class::cast)
            .toList();
    }

    /**
     * Requests received by one partner whose body contains {@code text} (a control
     * reference, say).
     */
    public List<LoggedRequest> received(String partnerId, String text) {
        return received(partnerId).stream().filter((request) -> request.getBodyAsString().contains(text)).toList();
    }

    /**
     * The shipped partner directory with each partner's endpoint pointing at this stub,
     * except those in {@code overrides}, written to {@code file}.
     */
    public Path directory(Path file, Map<String, String> overrides) {
        return directory(file, overrides, (partner) -> {
        });
    }

    /**
     * As {@link #directory(Path, Map)}, with each partner's entry (a YAML map) passed to
     * {@code edit} first.
     */
    @SuppressWarnings("unchecked")
    public Path directory(Path file, Map<String, String> overrides, Consumer<Map<String, Object>> edit) {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            Map<String, Object> shipped = yaml.readValue(Path.of("..", "config", "partners.yml").toFile(), Map.class);
            for (Map<String, Object> partner : (List<Map<String, Object>>) shipped.get("partners")) {
                String id = (String) partner.get("id");
                edit.accept(partner);
                if (!"inbox".equals(partner.get("channel"))) {
                    partner.put("endpoint", overrides.getOrDefault(id, endpoint(id)));
                }
            }
            Files.createDirectories(file.getParent());
            yaml.writeValue(file.toFile(), shipped);
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
