package uk.gov.justice.ppg.routes.inbound;

import org.apache.camel.Exchange;

/**
 * Puts a {@link SoapReply} on the exchange: body, content type and HTTP status, nothing
 * else.
 */
final class InboundReplies {

    private InboundReplies() {
    }

    static void write(Exchange exchange) {
        InboundContext context = InboundContext.of(exchange);
        SoapReply reply = context.reply()
            .orElseThrow(() -> new IllegalStateException("accepted without a reply: " + context.messageId()));
        write(exchange, reply);
    }

    static void write(Exchange exchange, SoapReply reply) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(reply.body());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, reply.contentType());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
    }

}
