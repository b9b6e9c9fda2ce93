package uk.gov.justice.ppg.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SafeJsonLogFormatterTest {

    private static final String HOSTILE = "ok\r\n{\"log.level\":\"ERROR\",\"message\":\"forged\"}\u2028next\u2029"
            + "\u001b[31mred\u001b[0m ${jndi:ldap://127.0.0.1:1389/a}";

    private final SafeJsonLogFormatter formatter = new SafeJsonLogFormatter();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void hostileTextInTheMessageAndTheMdcStaysInsideOneJsonLine() throws Exception {
        LoggingEvent event = event("refused " + HOSTILE, null);
        event.setMDCPropertyMap(Map.of("messageId", HOSTILE, "partnerId", "C00"));
        String line = this.formatter.format(event).stripTrailing();

        assertThat(line).doesNotContain("\r", "\n", "\u2028", "\u2029", "\u001b");
        JsonNode parsed = this.json.readTree(line);
        assertThat(parsed.get("message").asText()).isEqualTo("refused " + HOSTILE);
        assertThat(parsed.get("messageId").asText()).isEqualTo(HOSTILE);
        assertThat(parsed.get("partnerId").asText()).isEqualTo("C00");
        assertThat(parsed.get("log.level").asText()).isEqualTo("WARN");
    }

    @Test
    void anExceptionIsLoggedByTypeAndFramesNeverByItsMessage() throws Exception {
        IllegalStateException failure = new IllegalStateException("value 'D100001 Jane Canary' violates a constraint",
                new IllegalArgumentException("nested mentions D100001"));
        String line = this.formatter.format(event("delivery failed", failure)).stripTrailing();

        assertThat(line).doesNotContain("D100001", "Canary");
        JsonNode parsed = this.json.readTree(line);
        assertThat(parsed.get("error.type").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(parsed.get("error.stack_trace").asText())
            .contains("Caused by: " + IllegalArgumentException.class.getName())
            .contains("at " + getClass().getName());
    }

    private static LoggingEvent event(String message, Throwable failure) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return new LoggingEvent(SafeJsonLogFormatterTest.class.getName(), context.getLogger("test"), Level.WARN,
                message, failure, null);
    }

}
