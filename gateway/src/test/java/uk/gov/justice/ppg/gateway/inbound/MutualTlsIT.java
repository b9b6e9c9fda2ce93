package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.gateway.support.TestPki;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The partner port demands a client certificate from a trusted, current, unrevoked chain:
 * anything else fails the TLS handshake, before any of the gateway's code (or its audit)
 * sees a byte.
 */
class MutualTlsIT extends GatewayIT {

    @Test
    void refusesAConnectionWithoutAClientCertificate() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(TestPki.layout().load(TestPki.layout().trustStore()));
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient anonymous = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint())
            .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
            .build();
        assertThatThrownBy(() -> anonymous.send(request, HttpResponse.BodyHandlers.ofString()))
            .isInstanceOf(IOException.class);
        assertThat(this.audit.inboundSince(this.auditMark)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "n00-tls-untrusted", "n00-tls-expired", "n00-tls-not-yet-valid", "n00-tls-revoked" })
    void refusesABadClientCertificateDuringTheHandshake(String tlsStore) {
        assertThatThrownBy(() -> client(tlsStore, "n00-signing").send(Samples.fresh("0-9-14/valid/event.xml"),
                SigningOptions.strict()))
            .isInstanceOf(IOException.class);
        assertThat(this.audit.inboundSince(this.auditMark)).isEmpty();
    }

    @Test
    void acceptsTheSamePartnersCurrentCertificate() throws Exception {
        SpgResponse response = client("n00-tls", "n00-signing").send(Samples.fresh("0-9-14/valid/event.xml"),
                SigningOptions.strict());
        assertThat(response.accepted()).as(response.text()).isTrue();
    }

}
