package uk.gov.justice.ppg.gateway.logging;

import java.time.Instant;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;

/**
 * The operational log format ({@code logging.structured.format.console}): one JSON object
 * per event, so a line break in any value can never start a forged record. Every control
 * character is escaped by the JSON writer, and U+2028/U+2029 (which some viewers treat as
 * line breaks) are escaped here. Exceptions are logged by type and stack frames only:
 * their messages can quote data (a driver quoting a value, a parser quoting text), so
 * they never reach the log. MDC entries (messageId, partnerId, deliveryId, camel.routeId)
 * are fields.
 */
public class SafeJsonLogFormatter extends JsonWriterStructuredLogFormatter<ILoggingEvent> {

    public SafeJsonLogFormatter() {
        super((members) -> {
            members.add("@timestamp", (event) -> Instant.ofEpochMilli(event.getTimeStamp()).toString());
            members.add("log.level", (event) -> event.getLevel().toString());
            members.add("log.logger", ILoggingEvent::getLoggerName);
            members.add("process.thread.name", ILoggingEvent::getThreadName);
            members.add("message", ILoggingEvent::getFormattedMessage);
            members.addMapEntries(ILoggingEvent::getMDCPropertyMap);
            members.add("error.type",
                    (event) -> (event.getThrowableProxy() != null) ? event.getThrowableProxy().getClassName() : null)
                .whenNotNull();
            members.add("error.stack_trace", (event) -> frames(event.getThrowableProxy())).whenNotNull();
        }, null);
    }

    @Override
    public String format(ILoggingEvent event) {
        return escapeLineSeparators(super.format(event));
    }

    static String escapeLineSeparators(String json) {
        return json.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** Exception types and frames, causes included, without any message. */
    static String frames(IThrowableProxy throwable) {
        if (throwable == null) {
            return null;
        }
        StringBuilder trace = new StringBuilder();
        for (IThrowableProxy cause = throwable; cause != null; cause = cause.getCause()) {
            trace.append((cause == throwable) ? "" : "Caused by: ").append(cause.getClassName()).append('\n');
            StackTraceElementProxy[] frames = cause.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(frames.length, 30); i++) {
                trace.append("\tat ").append(frames[i].getStackTraceElement()).append('\n');
            }
        }
        return trace.toString();
    }

}
