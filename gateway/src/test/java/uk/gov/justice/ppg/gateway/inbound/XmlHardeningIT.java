package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * Hostile XML never reaches a DOM: DTDs and entities (file, http, parameter, billion
 * laughs), deep nesting, size, malformed documents and non-SOAP shapes are refused by the
 * guard with their codes, and nothing is fetched.
 */
class XmlHardeningIT extends GatewayIT {

    private static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";

    private static WireMockServer attacker;

    @BeforeAll
    static void startAttacker() {
        attacker = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        attacker.start();
    }

    @AfterAll
    static void stopAttacker() {
        attacker.stop();
    }

    @Test
    void refusesAnExternalEntityReadingALocalFile() throws Exception {
        String hostname = Files.readString(Path.of("/etc/hostname")).trim();
        SpgResponse response = assertRefused("GW-002", () -> post(
                "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>" + envelope("<x>&xxe;</x>")));
        assertThat(response.text()).doesNotContain(hostname);
    }

    @Test
    void refusesExternalEntitiesAndDtdsOverHttpWithoutFetchingThem() throws Exception {
        String url = "http://127.0.0.1:" + attacker.port() + "/xxe";
        assertRefused("GW-002", () -> post(
                "<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"" + url + "\">]>" + envelope("<x>&xxe;</x>")));
        assertRefused("GW-002",
                () -> post("<!DOCTYPE soap:Envelope [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>" + envelope("<x/>")));
        assertRefused("GW-002", () -> post("<!DOCTYPE soap:Envelope SYSTEM \"" + url + "\">" + envelope("<x/>")));
        assertThat(attacker.getAllServeEvents()).isEmpty();
    }

    @Test
    void refusesBillionLaughsQuickly() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE soap:Envelope [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        long started = System.nanoTime();
        assertRefused("GW-002", () -> post(dtd + envelope("<x>&l10;</x>")));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void refuses100kDeepNesting() throws Exception {
        String deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
        assertRefused("GW-003", () -> post(envelope(deep)));
    }

    @Test
    void refusesTooManyElements() throws Exception {
        assertRefused("GW-003", () -> post(envelope("<a>" + "<b/>".repeat(120_000) + "</a>")));
    }

    @Test
    void refusesAnOversizedBodyWithAContentLength() throws Exception {
        assertRefused("GW-001", () -> post(envelope("<a>" + "x".repeat(11 * 1024 * 1024) + "</a>")));
    }

    @Test
    void refusesAnOversizedChunkedBody() throws Exception {
        byte[] body = envelope("<a>" + "x".repeat(11 * 1024 * 1024) + "</a>").getBytes(StandardCharsets.UTF_8);
        assertRefused("GW-001", () -> {
            PartnerClient client = client(ExampleParty.N00);
            HttpRequest request = HttpRequest.newBuilder(client.endpoint())
                .header("Content-Type", "application/soap+xml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
            HttpResponse<byte[]> response = client.http().http().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new SpgResponse(response.statusCode(), response.body());
        });
    }

    @Test
    void refusesMalformedXml() throws Exception {
        assertRefused("GW-004", () -> post(envelope("<a><b></a>")));
        assertRefused("GW-004", () -> post(envelope("<?evil instruction?><a/>")));
        assertRefused("GW-004", () -> post("not xml at all"));
    }

    @Test
    void refusesWhatIsNotASoapEnvelope() throws Exception {
        assertRefused("GW-005", () -> post("<Envelope xmlns=\"urn:not-soap\"><Body/></Envelope>"));
        assertRefused("GW-005", () -> post("<soap:Envelope xmlns:soap=\"" + SOAP
                + "\"><soap:Body><a/></soap:Body><soap:Body><b/></soap:Body></soap:Envelope>"));
        assertRefused("GW-005", () -> post(
                "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body><a/><b/></soap:Body></soap:Envelope>"));
    }

    @Test
    void refusesAMandatoryHeaderItDoesNotUnderstand() throws Exception {
        assertRefused("GW-005",
                () -> post("<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Header>"
                        + "<r:ReplyTo xmlns:r=\"urn:x\" soap:mustUnderstand=\"true\">http://127.0.0.1:"
                        + attacker.port() + "/</r:ReplyTo></soap:Header><soap:Body><a/></soap:Body></soap:Envelope>"));
        assertThat(attacker.getAllServeEvents()).isEmpty();
    }

    @Test
    void ignoresSchemaLocationHintsInsteadOfFetchingThem() throws Exception {
        Document event = Samples.fresh("0-9-14/valid/event.xml");
        event.getDocumentElement()
            .setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation",
                    "http://www.justice.gsi.gov.uk/SPG/ http://127.0.0.1:" + attacker.port() + "/evil.xsd");
        SpgResponse response = client(ExampleParty.N00).send(event, SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
        assertThat(attacker.getAllServeEvents()).isEmpty();
    }

    private SpgResponse post(String document) throws Exception {
        return client(ExampleParty.N00).post(document.getBytes(StandardCharsets.UTF_8), true);
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

}
