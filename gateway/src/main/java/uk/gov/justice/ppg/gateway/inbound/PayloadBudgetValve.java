package uk.gov.justice.ppg.gateway.inbound;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import uk.gov.justice.ppg.gateway.memory.PayloadBudget;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Holds a large request's room in the node's {@link PayloadBudget} from before its body
 * is read until it is answered. Its size is its declared length; a chunked request
 * declares none and holds the largest allowed. With no room it is answered 503 with
 * {@code GW-065} and {@code Retry-After}, and counted. Its body is not kept: it is read
 * and discarded (up to the largest allowed), because a client still sending would
 * otherwise see the connection reset instead of the answer; a client that asked
 * {@code Expect: 100-continue} is answered before it sends the body at all.
 */
final class PayloadBudgetValve extends ValveBase {

    private static final int DISCARD_CHUNK = 65536;

    private final PayloadBudget budget;

    private final long maxBytes;

    private final Runnable refused;

    PayloadBudgetValve(PayloadBudget budget, long maxBytes, Runnable refused) {
        super(true);
        this.budget = budget;
        this.maxBytes = maxBytes;
        this.refused = refused;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        PayloadBudget.Hold hold = this.budget.tryHold(size(request));
        if (hold == null) {
            this.refused.run();
            discardBody(request);
            PartnerPortFaults.write(request, response, GatewayErrorCode.PAYLOAD_BUDGET_FULL);
            return;
        }
        try (hold) {
            getNext().invoke(request, response);
        }
    }

    private void discardBody(Request request) {
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            return;
        }
        byte[] chunk = new byte[DISCARD_CHUNK];
        long left = this.maxBytes + 1;
        try (InputStream body = request.getInputStream()) {
            for (int read = body.read(chunk); read > 0 && left > 0; read = body.read(chunk)) {
                left -= read;
            }
        }
        catch (IOException ex) {
            // the client went away: there is nobody left to answer
        }
    }

    /**
     * The declared length; the largest allowed if chunked; nothing if there is no body.
     */
    private long size(Request request) {
        long declared = request.getContentLengthLong();
        if (declared >= 0) {
            return Math.min(declared, this.maxBytes);
        }
        return (request.getHeader("Transfer-Encoding") != null) ? this.maxBytes : 0;
    }

}
