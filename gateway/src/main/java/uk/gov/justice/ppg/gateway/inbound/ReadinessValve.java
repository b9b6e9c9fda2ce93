package uk.gov.justice.ppg.gateway.inbound;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * The partner port's first gate: until the node is ready, once it has begun to stop, and
 * while it has no room to store, every request is answered 503 with a SOAP fault and its
 * code ({@code GW-062}, {@code GW-063}) and {@code Retry-After}, before any servlet sees
 * it. Tomcat accepts connections before the routes behind CXF have started; without this,
 * those requests were answered 404 or 200 with an empty body. Each refusal is counted.
 */
final class ReadinessValve extends ValveBase {

    private final Supplier<Optional<GatewayErrorCode>> refusal;

    private final Runnable refused;

    ReadinessValve(Supplier<Optional<GatewayErrorCode>> refusal, Runnable refused) {
        super(true);
        this.refusal = refusal;
        this.refused = refused;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        Optional<GatewayErrorCode> code = this.refusal.get();
        if (code.isEmpty()) {
            getNext().invoke(request, response);
            return;
        }
        this.refused.run();
        PartnerPortFaults.write(request, response, code.get());
    }

}
