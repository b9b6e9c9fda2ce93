package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.PartnerClient;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * One partner cannot starve the others: while C00 floods the partner port from many
 * connections, its requests over its limits are refused with GW-064 (503, Retry-After)
 * and counted, and every interchange nDelius sends meanwhile is accepted.
 */
class PartnerLimitIT extends GatewayIT {

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void tightLimits(DynamicPropertyRegistry registry) {
        GatewayIT.ownStores(registry);
        registry.add("gateway.inbound.partner-limit.concurrent", () -> "2");
        registry.add("gateway.inbound.partner-limit.per-second", () -> "20");
    }

    @Test
    void aFloodingPartnerIsHeldToItsLimitsWhileAnotherIsServed() throws Exception {
        PartnerClient flooder = client(ExampleParty.C00);
        byte[] junk = "<not-soap/>".getBytes(StandardCharsets.UTF_8);
        ConcurrentMap<String, AtomicInteger> floodAnswers = new ConcurrentHashMap<>();
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int i = 0; i < 16; i++) {
            pool.submit(() -> {
                while (flooding.get()) {
                    try {
                        SpgResponse answer = flooder.post(junk, true);
                        floodAnswers
                            .computeIfAbsent(answer.status() + " " + answer.errorCode().orElse("-"),
                                    (key) -> new AtomicInteger())
                            .incrementAndGet();
                    }
                    catch (Exception ex) {
                        floodAnswers.computeIfAbsent("no answer", (key) -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        List<SpgResponse> served = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                served.add(client(ExampleParty.N00).send(Samples.allocation("Q10000" + i, "C00"),
                        SigningOptions.strict()));
            }
        }
        finally {
            flooding.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(served).allSatisfy((response) -> assertThat(response.accepted()).as(response.text()).isTrue());
        assertThat(floodAnswers).containsKey("503 GW-064");
        assertThat(this.meters.get("gateway.inbound.partner.limited").tag("partner", "c00").counter().count())
            .isEqualTo(floodAnswers.get("503 GW-064").get());
        assertThat(this.meters.find("gateway.inbound.partner.limited").tag("partner", "nps").counter()).isNull();
    }

}
