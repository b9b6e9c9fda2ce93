package uk.gov.justice.ppg.gateway.inbound;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.inbound.SoapReplies;
import uk.gov.justice.ppg.routes.inbound.SoapReply;
import uk.gov.justice.ppg.schemas.SoapVersion;

/**
 * A retry-later SOAP fault written by a valve in front of the routes: 503, the code, a
 * message id of its own and {@code Retry-After}, in the SOAP version the request's
 * Content-Type names (1.2 when it names none).
 */
final class PartnerPortFaults {

    private static final String RETRY_AFTER_SECONDS = "5";

    private PartnerPortFaults() {
    }

    static void write(Request request, Response response, GatewayErrorCode code) throws IOException {
        String contentType = request.getContentType();
        SoapVersion version = (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/xml"))
                ? SoapVersion.SOAP_11 : SoapVersion.SOAP_12;
        SoapReply fault = SoapReplies.fault(version, code, UUID.randomUUID().toString());
        response.setStatus(503);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType(fault.contentType());
        response.setContentLength(fault.body().length);
        OutputStream out = response.getOutputStream();
        out.write(fault.body());
        out.flush();
    }

}
