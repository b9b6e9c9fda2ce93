package uk.gov.justice.ppg.gateway.logging;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The keys of the operational log's context, and the filter that clears what a request
 * set ({@code messageId}, {@code partnerId}) when it ends, so that nothing the container
 * logs later on the same thread is attributed to it.
 */
public final class RequestLogContext extends OncePerRequestFilter {

    /** The MDC keys a request sets. */
    public static final String MESSAGE_ID = "messageId";

    public static final String PARTNER_ID = "partnerId";

    /** The MDC key a delivery attempt sets while it runs. */
    public static final String DELIVERY_ID = "deliveryId";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(MESSAGE_ID);
            MDC.remove(PARTNER_ID);
        }
    }

}
