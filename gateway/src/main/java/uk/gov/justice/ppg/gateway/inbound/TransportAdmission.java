package uk.gov.justice.ppg.gateway.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Message;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.slf4j.MDC;

import uk.gov.justice.ppg.gateway.logging.RequestLogContext;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;

/**
 * Reads a request off the CXF servlet transport. The TLS client chain comes from the
 * servlet container (which required and verified it); a request framed both by
 * Transfer-Encoding and by Content-Length is refused unread (RFC 9112 §6.3: its length is
 * ambiguous); the body is read at most to the size limit, so an oversized request costs
 * no more than the limit.
 */
final class TransportAdmission implements InboundPorts.Admission {

    private static final String CLIENT_CHAIN = "jakarta.servlet.request.X509Certificate";

    private final Clock clock;

    private final int maxBytes;

    TransportAdmission(Clock clock, int maxBytes) {
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Override
    public InboundContext open(Message transportMessage) {
        HttpServletRequest request = servletRequest(transportMessage);
        InboundContext context = new InboundContext(UUID.randomUUID().toString(), this.clock.instant(),
                clientChain(request), (request != null) ? request.getContentType() : null);
        MDC.remove(RequestLogContext.PARTNER_ID);
        MDC.remove(RequestLogContext.DELIVERY_ID);
        MDC.put(RequestLogContext.MESSAGE_ID, context.messageId());
        return context;
    }

    @Override
    public void readBody(InboundContext context, Message transportMessage) throws GatewayException {
        if (context.tlsChain().isEmpty()) {
            throw new GatewayException(GatewayErrorCode.CLIENT_CERTIFICATE_MISSING, "no TLS client certificate");
        }
        HttpServletRequest request = servletRequest(transportMessage);
        if (request != null && request.getAttribute(FramingCheckValve.AMBIGUOUS) != null) {
            throw new GatewayException(GatewayErrorCode.REQUEST_FRAMING_AMBIGUOUS,
                    "both Transfer-Encoding and Content-Length");
        }
        if (request != null && request.getContentLengthLong() > this.maxBytes) {
            throw new GatewayException(GatewayErrorCode.MESSAGE_TOO_LARGE,
                    "declared length " + request.getContentLengthLong());
        }
        try (InputStream body = transportMessage.getBody(InputStream.class)) {
            if (body == null) {
                throw new GatewayException(GatewayErrorCode.XML_MALFORMED, "empty request");
            }
            long declared = (request != null) ? request.getContentLengthLong() : -1;
            byte[] bytes = (declared >= 0) ? declared(body, (int) declared) : body.readNBytes(this.maxBytes + 1);
            if (bytes.length > this.maxBytes) {
                throw new GatewayException(GatewayErrorCode.MESSAGE_TOO_LARGE,
                        "body longer than " + this.maxBytes + " bytes");
            }
            context.request(bytes);
        }
        catch (IOException ex) {
            throw new GatewayException(GatewayErrorCode.XML_MALFORMED, "request body could not be read", ex);
        }
    }

    /**
     * A body of declared length, read into an array of that length: a large body is not
     * gathered in pieces and copied. The container ends the stream at the declared
     * length.
     */
    private static byte[] declared(InputStream body, int length) throws IOException, GatewayException {
        byte[] bytes = new byte[length];
        int read = body.readNBytes(bytes, 0, length);
        if (read < length) {
            throw new GatewayException(GatewayErrorCode.XML_MALFORMED, "body shorter than its declared length");
        }
        return bytes;
    }

    private static HttpServletRequest servletRequest(Message transportMessage) {
        Object cxfMessage = transportMessage.getHeader(CxfConstants.CAMEL_CXF_MESSAGE);
        // a CXF message is a map of its properties
        if (cxfMessage instanceof Map<?, ?> message
                && message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest request) {
            return request;
        }
        return null;
    }

    private static List<X509Certificate> clientChain(HttpServletRequest request) {
        if (request != null && request.getAttribute(CLIENT_CHAIN) instanceof X509Certificate[] chain) {
            return List.of(chain);
        }
        return List.of();
    }

}
