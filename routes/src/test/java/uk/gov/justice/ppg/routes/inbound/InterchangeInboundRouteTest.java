package uk.gov.justice.ppg.routes.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The inbound route's order of steps and its error handling, with recording fakes for
 * every port.
 */
class InterchangeInboundRouteTest extends CamelTestSupport {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    private final List<GatewayException> rejected = new CopyOnWriteArrayList<>();

    private volatile String failAt = "";

    private volatile Exception failure;

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        InboundPorts.Admission admission = new InboundPorts.Admission() {
            @Override
            public InboundContext open(Message transportMessage) {
                InterchangeInboundRouteTest.this.calls.add("open");
                return new InboundContext("message-1", Instant.now(), List.of(), null);
            }

            @Override
            public void readBody(InboundContext context, Message transportMessage) throws GatewayException {
                step("read");
                context.request(transportMessage.getBody(byte[].class));
            }
        };
        InboundPorts.Rejection rejection = (context, failure) -> {
            this.rejected.add(failure);
            return new SoapReply(failure.code().code().getBytes(StandardCharsets.UTF_8), "text/plain", 400);
        };
        return new RoutesBuilder[] { new InboundErrorHandling(rejection),
                new InterchangeInboundRoute("direct:in", admission, (context) -> step("guard"),
                        (context) -> step("verify"), (context) -> step("validate"), (context) -> step("authorise"),
                        (context) -> {
                            step("accept");
                            context.reply(new SoapReply("accepted".getBytes(StandardCharsets.UTF_8), "text/xml", 200),
                                    false);
                        }) };
    }

    @Test
    void runsEveryStepInOrderAndRepliesWithWhatAcceptanceSet() {
        Exchange reply = send();
        assertThat(this.calls).containsExactly("open", "read", "guard", "verify", "validate", "authorise", "accept");
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("accepted");
        assertThat(reply.getMessage().getHeaders()).containsOnlyKeys(Exchange.CONTENT_TYPE,
                Exchange.HTTP_RESPONSE_CODE);
        assertThat(reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
    }

    @Test
    void stopsAtTheFailingStepAndRejectsWithItsCode() {
        this.failAt = "verify";
        this.failure = new GatewayException(GatewayErrorCode.SIGNATURE_INVALID, "test");
        Exchange reply = send();
        assertThat(this.calls).containsExactly("open", "read", "guard", "verify");
        assertThat(this.rejected).singleElement().isSameAs(this.failure);
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo("GW-019");
        assertThat(reply.getMessage().getHeaders()).containsOnlyKeys(Exchange.CONTENT_TYPE,
                Exchange.HTTP_RESPONSE_CODE);
    }

    @Test
    void findsAGatewayFailureWrappedInAnotherException() {
        this.failAt = "accept";
        this.failure = new IllegalStateException("wrapper",
                new GatewayException(GatewayErrorCode.STORAGE_UNAVAILABLE, "database"));
        assertThat(send().getMessage().getBody(String.class)).isEqualTo("GW-060");
    }

    @Test
    void turnsAnUnexpectedFailureIntoAnInternalError() {
        this.failAt = "validate";
        this.failure = new NullPointerException("bug");
        assertThat(send().getMessage().getBody(String.class)).isEqualTo("GW-099");
        assertThat(this.calls).doesNotContain("authorise", "accept");
    }

    private Exchange send() {
        return template().request("direct:in", (exchange) -> {
            exchange.getIn().setBody("<x/>".getBytes(StandardCharsets.UTF_8));
            exchange.getIn().setHeaders(Map.of("CamelExecCommandExecutable", "ls", "X-Other", "1"));
        });
    }

    private void step(String name) throws GatewayException {
        this.calls.add(name);
        if (name.equals(this.failAt)) {
            if (this.failure instanceof GatewayException gateway) {
                throw gateway;
            }
            throw (RuntimeException) this.failure;
        }
    }

}
