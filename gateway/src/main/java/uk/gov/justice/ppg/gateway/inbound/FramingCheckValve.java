package uk.gov.justice.ppg.gateway.inbound;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.http11.Http11InputBuffer;

/**
 * Marks a request whose head carried both {@code Transfer-Encoding} and
 * {@code Content-Length}. Tomcat follows RFC 9112 §6.3 and frames such a request by its
 * Transfer-Encoding, removing the Content-Length before the application can see it; the
 * gateway refuses it instead ({@code GW-008}, in {@link TransportAdmission}), since the
 * two disagreeing is what request smuggling looks like. The request's head is read from
 * Tomcat's input buffer, where it still stands.
 */
final class FramingCheckValve extends ValveBase {

    /** The request attribute that marks an ambiguously framed request. */
    static final String AMBIGUOUS = FramingCheckValve.class.getName() + ".ambiguous";

    FramingCheckValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (request.getHeader("Transfer-Encoding") != null && headCarriesContentLength(request)) {
            request.setAttribute(AMBIGUOUS, Boolean.TRUE);
        }
        getNext().invoke(request, response);
    }

    private static boolean headCarriesContentLength(Request request) {
        if (!(request.getCoyoteRequest().getInputBuffer() instanceof Http11InputBuffer input)) {
            return false;
        }
        ByteBuffer buffer = input.getByteBuffer().duplicate();
        int end = buffer.position();
        byte[] head = new byte[end];
        buffer.position(0);
        buffer.get(head, 0, end);
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int headers = text.indexOf("\r\n\r\n");
        return (headers < 0 ? text : text.substring(0, headers)).contains("\ncontent-length:");
    }

}
