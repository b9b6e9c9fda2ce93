package uk.gov.justice.ppg.gateway.agency;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import uk.gov.justice.ppg.gateway.accept.AgencyAcceptance;
import uk.gov.justice.ppg.gateway.checks.CheckLedger;
import uk.gov.justice.ppg.gateway.checks.CheckMessages;
import uk.gov.justice.ppg.gateway.checks.CheckRequests;
import uk.gov.justice.ppg.gateway.delivery.ControlReferences;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.MessageBody;

/**
 * A check result an agency posts, from JSON to accepted: read and schema-checked;
 * answered as before if its Idempotency-Key was used with the same body; matched to the
 * check request it answers (which must have gone to this agency); authorised by the
 * directory and the agency's intake switch; written as an interchange from the agency to
 * the requester under a gateway-issued control reference; validated by the XSD; then
 * accepted like a SOAP result.
 */
final class CheckResultPosts {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CheckResultIntake intake;

    private final CheckLedger ledger;

    private final AgencyAcceptance acceptance;

    private final ControlReferences references;

    private final Clock clock;

    private final Predicate<String> intakeOff;

    CheckResultPosts(CheckResultIntake intake, CheckLedger ledger, AgencyAcceptance acceptance,
            ControlReferences references, Clock clock, Predicate<String> intakeOff) {
        this.intakeOff = intakeOff;
        this.intake = intake;
        this.ledger = ledger;
        this.acceptance = acceptance;
        this.references = references;
        this.clock = clock;
    }

    /**
     * A posted result.
     *
     * @param body the JSON as received
     * @param key its Idempotency-Key
     * @param tlsSubject the TLS client certificate's subject
     * @param token the bound token, as audit detail
     */
    record Post(byte[] body, String key, String tlsSubject, String token) {
    }

    AgencyAcceptance.Accepted post(Callers.Caller caller, Post post) {
        if (this.intakeOff.test(caller.partner().id())) {
            throw new GatewayException(GatewayErrorCode.PARTNER_INTAKE_SWITCHED_OFF,
                    "partner " + caller.partner().id() + " intake switched off");
        }
        JsonBodies.CheckResult result = this.intake.read(post.body());
        AgencyAcceptance.Submission submission = new AgencyAcceptance.Submission(caller.partyCode(), post.key(),
                Digests.sha256Hex(post.body()), post.tlsSubject(), post.token());
        var before = this.acceptance.answeredBefore(submission);
        if (before.isPresent()) {
            return before.get();
        }
        CheckRequests.Entry request = matched(result, caller.partyCode());
        MessageBody body = result.check().body();
        if (!caller.partner().maySend(body)) {
            throw new GatewayException(GatewayErrorCode.MESSAGE_TYPE_NOT_PERMITTED,
                    caller.partner().id() + " may not send " + body.localName());
        }
        if (!caller.partner().maySend(body, request.requester())) {
            throw new GatewayException(GatewayErrorCode.RECEIVER_NOT_PERMITTED,
                    caller.partner().id() + " may not send " + body.localName() + " to " + request.requester());
        }
        Envelope envelope = new Envelope(caller.partyCode(), request.requester(),
                this.references.next(caller.partyCode()), LocalDateTime.now(this.clock.withZone(UK)), request.test());
        return this.acceptance.accept(submission, this.intake.interchange(result, envelope).getDocumentElement(),
                JsonToSpg.VERSION);
    }

    /**
     * The ledger entry this result answers, by the ledger's rule (GW-090, GW-091); its
     * state is checked again in the accepting transaction.
     */
    private CheckRequests.Entry matched(JsonBodies.CheckResult result, String agency) {
        MessageBody body = result.check().body();
        return this.ledger.matched(new CheckMessages.CheckMessage(body, result.json().path("messageType").asText("INS"),
                result.json().path("requestId").asText(), result.json().path("crn").asText(), Optional.empty(),
                List.of()), agency);
    }

}
