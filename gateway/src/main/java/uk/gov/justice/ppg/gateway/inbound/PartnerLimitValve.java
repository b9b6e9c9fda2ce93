package uk.gov.justice.ppg.gateway.inbound;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Holds each partner, known by its TLS certificate, to its limits
 * ({@link PartnerLimits}); over them a request is answered 503 with {@code GW-064} and
 * {@code Retry-After} before anything of it is read, and counted per partner. A client
 * the directory does not know passes on, to be refused by the route with its own code.
 */
final class PartnerLimitValve extends ValveBase {

    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final Function<X509Certificate, Optional<String>> partnerOf;

    private final PartnerLimits limits;

    private final Consumer<String> limited;

    PartnerLimitValve(Function<X509Certificate, Optional<String>> partnerOf, PartnerLimits limits,
            Consumer<String> limited) {
        super(true);
        this.partnerOf = partnerOf;
        this.limits = limits;
        this.limited = limited;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        Optional<String> partner = (request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain
                && chain.length > 0) ? this.partnerOf.apply(chain[0]) : Optional.empty();
        if (partner.isEmpty()) {
            getNext().invoke(request, response);
            return;
        }
        Runnable permit = this.limits.admit(partner.get());
        if (permit == null) {
            this.limited.accept(partner.get());
            PartnerPortFaults.write(request, response, GatewayErrorCode.PARTNER_RATE_LIMITED);
            return;
        }
        try {
            getNext().invoke(request, response);
        }
        finally {
            permit.run();
        }
    }

}
