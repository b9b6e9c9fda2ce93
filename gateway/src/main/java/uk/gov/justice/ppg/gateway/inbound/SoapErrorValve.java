package uk.gov.justice.ppg.gateway.inbound;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.inbound.SoapReplies;
import uk.gov.justice.ppg.routes.inbound.SoapReply;
import uk.gov.justice.ppg.schemas.SoapVersion;

/**
 * The partner port's error report: whatever the servlet container refuses before the
 * gateway's route sees it (a malformed request line, headers or chunked body, an unknown
 * path) is answered as a SOAP 1.2 fault with {@code GW-009} and a message id of its own,
 * never as an HTML or JSON error page, keeping the container's status. Each is counted
 * and logged (status only: nothing of the request).
 */
final class SoapErrorValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(SoapErrorValve.class);

    private final Runnable refused;

    SoapErrorValve(Runnable refused) {
        this.refused = refused;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String messageId = UUID.randomUUID().toString();
        this.refused.run();
        LOG.info("request {} refused by the container with HTTP {} (GW-009)", messageId, status);
        SoapReply fault = SoapReplies.fault(SoapVersion.SOAP_12, GatewayErrorCode.REQUEST_REFUSED_BY_CONTAINER,
                messageId);
        try {
            response.setContentType(fault.contentType());
            response.setContentLength(fault.body().length);
            OutputStream out = response.getOutputStream();
            out.write(fault.body());
            out.flush();
        }
        catch (IOException | IllegalStateException ex) {
            LOG.debug("container refusal {} could not be answered: {}", messageId, ex.getClass().getSimpleName());
        }
    }

}
