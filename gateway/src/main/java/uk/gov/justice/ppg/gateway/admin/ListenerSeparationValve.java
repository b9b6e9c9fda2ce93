package uk.gov.justice.ppg.gateway.admin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.http.HttpStatus;

import uk.gov.justice.ppg.gateway.agency.ApiProblems;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Each listener serves only its own paths: the admin listener nothing but
 * {@code /admin/}, the partner port nothing under it. Anything else is answered 404
 * GW-086 before a servlet sees it, so neither the SOAP endpoint nor the agency API can be
 * reached without the partner port's mutual TLS, and the admin API never over it.
 */
final class ListenerSeparationValve extends ValveBase {

    static final String PREFIX = "/admin/";

    private final AdminPort admin;

    ListenerSeparationValve(AdminPort admin) {
        super(true);
        this.admin = admin;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String path = request.getDecodedRequestURI();
        boolean adminPath = path != null && path.startsWith(PREFIX);
        if (this.admin.isThis(request.getConnector()) == adminPath) {
            getNext().invoke(request, response);
            return;
        }
        ApiProblems.write(response, GatewayErrorCode.API_NOT_FOUND, HttpStatus.NOT_FOUND);
    }

}
