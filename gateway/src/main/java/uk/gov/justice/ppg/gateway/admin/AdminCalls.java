package uk.gov.justice.ppg.gateway.admin;

import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import uk.gov.justice.ppg.gateway.agency.ApiProblems;
import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.security.RealmTokens;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.schemas.SpgValues;

/**
 * Admits and records every admin API call. A handler runs only if it names roles
 * ({@link Allowed}) and the token holds one of them; otherwise 403 GW-098. Before any
 * handler runs, one {@code ADMIN_API_CALLED} record names the actor, the path and its
 * parameter names (and the CRN asked about): {@code CONSULTED} for a read,
 * {@code REQUESTED} for a change, which the handler records again with what changed, in
 * the change's own transaction. Each refusal is one {@code ADMIN_API_REFUSED} record. If
 * the record cannot be written, the call fails: nobody reads the log unrecorded.
 */
@Component
public class AdminCalls implements HandlerInterceptor {

    /** The request attribute under which a handler finds its caller. */
    public static final String ACTOR = AdminCalls.class.getName() + ".actor";

    private final AuditTrail audit;

    AdminCalls(AuditTrail audit) {
        this.audit = audit;
    }

    /** The caller of an admin request that was admitted. */
    public static Actor actor(HttpServletRequest request) {
        return (Actor) request.getAttribute(ACTOR);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)
                || !(request.getUserPrincipal() instanceof JwtAuthenticationToken token)) {
            return true;
        }
        Actor actor = new Actor(token.getToken().getSubject(), token.getToken().getClaimAsString("azp"));
        Allowed allowed = method.getMethodAnnotation(Allowed.class);
        boolean permitted = allowed != null && Arrays.stream(allowed.value())
            .anyMatch((role) -> token.getAuthorities()
                .stream()
                .anyMatch((held) -> held.getAuthority().equals(role.authority())));
        if (!permitted) {
            refused(request, actor, GatewayErrorCode.ADMIN_ROLE_MISSING, "no role for this action");
            ApiProblems.write(response, GatewayErrorCode.ADMIN_ROLE_MISSING, HttpStatus.FORBIDDEN);
            return false;
        }
        request.setAttribute(ACTOR, actor);
        boolean read = "GET".equals(request.getMethod());
        this.audit.append(AuditRecord
            .builder(AuditEvent.ADMIN_API_CALLED, read ? AuditRecord.Outcome.CONSULTED : AuditRecord.Outcome.REQUESTED)
            .actor(actor)
            .message(null, crn(request), Purpose.OVERSIGHT)
            .reason(null, describe(request)));
        return true;
    }

    /** A call refused after its token verified: a bad parameter, say. */
    public void refused(HttpServletRequest request, Actor actor, GatewayErrorCode code, String why) {
        this.audit.append(AuditRecord.builder(AuditEvent.ADMIN_API_REFUSED, AuditRecord.Outcome.REJECTED)
            .purpose(Purpose.SECURITY)
            .actor(actor)
            .reason(code.code(), describe(request) + ": " + why));
    }

    /**
     * A call without a token that verified; the actor is what the token claimed, if
     * anything.
     */
    void unauthenticated(HttpServletRequest request, String why) {
        Optional<JWTClaimsSet> claims = RealmTokens.claimed(request);
        Actor claimed = claims.map((set) -> new Actor(set.getSubject(), (String) set.getClaim("azp")))
            .orElse(new Actor(null, null));
        this.audit.append(AuditRecord.builder(AuditEvent.ADMIN_API_REFUSED, AuditRecord.Outcome.REJECTED)
            .purpose(Purpose.SECURITY)
            .actor(claimed)
            .reason(GatewayErrorCode.TOKEN_INVALID.code(),
                    describe(request) + ": " + why + (claims.isPresent() ? " (actor claimed, not verified)" : "")));
    }

    /** Method, path and the names (not the values) of the parameters. */
    private static String describe(HttpServletRequest request) {
        String names = Collections.list(request.getParameterNames())
            .stream()
            .sorted()
            .map(AdminCalls::safe)
            .collect(Collectors.joining(","));
        return request.getMethod() + " " + safe(request.getRequestURI()) + (names.isEmpty() ? "" : " ?" + names);
    }

    private static String crn(HttpServletRequest request) {
        String crn = request.getParameter("crn");
        return (crn != null && SpgValues.CRN.matcher(crn).matches()) ? crn : null;
    }

    private static String safe(String text) {
        String bounded = (text.length() > 120) ? text.substring(0, 120) : text;
        return bounded.replaceAll("[^A-Za-z0-9/_.:-]", "_");
    }

}
