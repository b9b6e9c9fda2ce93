package uk.gov.justice.ppg.gateway.audit;

import java.time.Instant;

import uk.gov.justice.ppg.routes.inbound.VerifiedSigner;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * One audit record (record format 3). Every field is an identifier, a code, a subject
 * name or a hash: there is no field a payload could go into. {@code certificateSubject}
 * is the signing certificate's subject for what a partner sent (the receiver's TLS
 * subject for a delivery), {@code tlsSubject} the TLS client's; {@code claimed} marks
 * parties, case and references read from a message that had not passed validation;
 * {@code weakSignature} says whether the signature was accepted under a weak,
 * compatibility-only profile; {@code actorSubject} and {@code actorClient} name who acted
 * through the admin API (the token's subject and client).
 */
public record AuditRecord(String recordId, Instant recordedAt, AuditEvent event, Outcome outcome, String reasonCode,
        String reasonDetail, String messageId, String interchangeId, String deliveryId, String sender, String receiver,
        String certificateSubject, String messageType, String crn, String senderControlRef, String receiverControlRef,
        String payloadSha256, String signatureProfile, Purpose purpose, String tlsSubject, String partnerId,
        boolean claimed, Boolean weakSignature, String actorSubject, String actorClient) {

    public static Builder builder(AuditEvent event, Outcome outcome) {
        return new Builder(event, outcome);
    }

    /** What happened to the message as a result of the event. */
    public enum Outcome {

        ACCEPTED, REJECTED, DISCLOSURE_REFUSED, DUPLICATE, ROUTED, MEDIATED, CHANGED, RETRYING, IN_INBOX, READ,
        DELIVERED, DEAD_LETTERED, RECOVERED, PURGED, ISSUED, MATCHED, UNMATCHED, LOADED, CONSULTED, REQUESTED

    }

    /** Fills the optional fields by name. */
    public static final class Builder {

        private final AuditEvent event;

        private final Outcome outcome;

        private String reasonCode;

        private String reasonDetail;

        private String messageId;

        private String interchangeId;

        private String deliveryId;

        private String sender;

        private String receiver;

        private String certificateSubject;

        private String messageType;

        private String crn;

        private String senderControlRef;

        private String receiverControlRef;

        private String payloadSha256;

        private String signatureProfile;

        private Purpose purpose = Purpose.SECURITY;

        private String tlsSubject;

        private String partnerId;

        private boolean claimed;

        private Boolean weakSignature;

        private String actorSubject;

        private String actorClient;

        private Builder(AuditEvent event, Outcome outcome) {
            this.event = event;
            this.outcome = outcome;
        }

        public Builder reason(String code, String detail) {
            this.reasonCode = code;
            this.reasonDetail = detail;
            return this;
        }

        public Builder ids(String messageId, String interchangeId, String deliveryId) {
            this.messageId = messageId;
            this.interchangeId = interchangeId;
            this.deliveryId = deliveryId;
            return this;
        }

        public Builder parties(String sender, String receiver) {
            this.sender = sender;
            this.receiver = receiver;
            return this;
        }

        public Builder certificateSubject(String subject) {
            this.certificateSubject = subject;
            return this;
        }

        public Builder message(String messageType, String crn, Purpose purpose) {
            this.messageType = messageType;
            this.crn = crn;
            this.purpose = purpose;
            return this;
        }

        /**
         * The interchange the record is about, as validated: its parties, primary body,
         * case, control references, and the purpose its body serves ({@code TEST} for a
         * test interchange). The one description of an interchange every record uses.
         */
        public Builder about(InterchangeView view) {
            Purpose purpose = view.test() ? Purpose.TEST : Purpose.of(view.primaryBody());
            return parties(view.sender(), view.receiver())
                .message(view.primaryBody().localName(), view.crn().orElse(null), purpose)
                .controlReferences(view.senderControlReference(),
                        view.header().receiverControlReference().orElse(null));
        }

        /**
         * Who signed it: the signing subject, the partner, the profile met and whether it
         * is a weak one.
         */
        public Builder signedBy(VerifiedSigner signer) {
            this.partnerId = signer.partnerId();
            this.weakSignature = signer.weak();
            return certificateSubject(signer.subject()).signatureProfile(signer.signatureProfile());
        }

        /** The TLS client certificate's subject. */
        public Builder tlsSubject(String subject) {
            this.tlsSubject = subject;
            return this;
        }

        /**
         * The partner the gateway established, from the signature or the TLS certificate.
         */
        public Builder partner(String id) {
            this.partnerId = id;
            return this;
        }

        /**
         * Parties, case and references were read from a message that had not passed
         * validation: what it claims, not what the gateway established.
         */
        public Builder claimed() {
            this.claimed = true;
            return this;
        }

        /** Overrides the purpose (a refusal is a security event, not a disclosure). */
        public Builder purpose(Purpose purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder controlReferences(String sender, String receiver) {
            this.senderControlRef = sender;
            this.receiverControlRef = receiver;
            return this;
        }

        public Builder payloadSha256(String digest) {
            this.payloadSha256 = digest;
            return this;
        }

        public Builder signatureProfile(String profile) {
            this.signatureProfile = profile;
            return this;
        }

        /** Who acted: a token's subject and the client it was issued to. */
        public Builder actor(Actor actor) {
            this.actorSubject = actor.subject();
            this.actorClient = actor.client();
            return this;
        }

        public AuditRecord build(String recordId, Instant recordedAt) {
            return new AuditRecord(recordId, recordedAt, this.event, this.outcome, this.reasonCode,
                    truncate(this.reasonDetail), this.messageId, this.interchangeId, this.deliveryId, this.sender,
                    this.receiver, truncate(this.certificateSubject), this.messageType, this.crn, this.senderControlRef,
                    this.receiverControlRef, this.payloadSha256, this.signatureProfile, this.purpose,
                    truncate(this.tlsSubject), this.partnerId, this.claimed, this.weakSignature,
                    bounded(this.actorSubject), bounded(this.actorClient));
        }

        /** At most 255 characters (the actor columns' size). */
        private static String bounded(String text) {
            if (text == null || text.length() <= 255) {
                return text;
            }
            return text.substring(0, Character.isHighSurrogate(text.charAt(254)) ? 254 : 255);
        }

        /**
         * At most 512 characters (the column's size), never splitting a surrogate pair.
         */
        private static String truncate(String text) {
            if (text == null || text.length() <= 512) {
                return text;
            }
            return text.substring(0, Character.isHighSurrogate(text.charAt(511)) ? 511 : 512);
        }

    }

}
