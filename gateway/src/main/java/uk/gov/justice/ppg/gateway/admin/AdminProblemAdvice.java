package uk.gov.justice.ppg.gateway.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import uk.gov.justice.ppg.gateway.agency.ApiProblems;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;

/**
 * Parameters and bodies the admin API does not accept: 400 GW-092 as a problem, audited
 * as a refusal with the actor (never quoting the value).
 */
@RestControllerAdvice(basePackageClasses = AdminProblemAdvice.class)
class AdminProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(AdminProblemAdvice.class);

    private final AdminCalls calls;

    AdminProblemAdvice(AdminCalls calls) {
        this.calls = calls;
    }

    @ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, HttpMessageNotReadableException.class })
    ResponseEntity<ProblemDetail> refused(HttpServletRequest request, Exception failure) {
        String why = (failure instanceof IllegalArgumentException) ? failure.getMessage()
                : failure.getClass().getSimpleName();
        this.calls.refused(request, AdminCalls.actor(request), GatewayErrorCode.QUERY_INVALID, why);
        return ApiProblems.entity(GatewayErrorCode.QUERY_INVALID, HttpStatus.BAD_REQUEST);
    }

    /**
     * Anything else is GW-099 as a problem, not the container's error page; the log names
     * the exception's type only (its message may quote the request).
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException failure) {
        LOG.error("admin API request failed unexpectedly ({})", failure.getClass().getName());
        return ApiProblems.entity(GatewayErrorCode.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR);
    }

}
