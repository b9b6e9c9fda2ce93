package uk.gov.justice.ppg.routes.inbound;

import org.apache.camel.Message;

import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * The ports the inbound route calls, in the order it calls them. The gateway application
 * implements each.
 */
public final class InboundPorts {

    private InboundPorts() {
    }

    /**
     * Reads the request off the transport: first who is connected (TLS), then the body,
     * within the size limit.
     */
    public interface Admission {

        /**
         * Starts the context from what the transport proved; never fails, so every
         * refusal can be audited.
         */
        InboundContext open(Message transportMessage);

        /** Reads the request body into the context, refusing it past the size limit. */
        void readBody(InboundContext context, Message transportMessage) throws GatewayException;

    }

    /**
     * Enforces XML limits before any DOM is built, then parses the SOAP envelope
     * strictly.
     */
    @FunctionalInterface
    public interface Guard {

        void inspect(InboundContext context) throws GatewayException;

    }

    /**
     * Verifies WS-Security against the signer's profile and records the verified signer.
     */
    @FunctionalInterface
    public interface Security {

        void verify(InboundContext context) throws GatewayException;

    }

    /** Namespace, schema version, XSD and envelope rules. */
    @FunctionalInterface
    public interface Validation {

        void validate(InboundContext context) throws GatewayException;

    }

    /**
     * Signer and TLS identity against the partner directory: sender, message types,
     * receiver.
     */
    @FunctionalInterface
    public interface Authorisation {

        void authorise(InboundContext context) throws GatewayException;

    }

    /**
     * Deduplicates, routes, persists, audits and enqueues; sets the reply only once all
     * of it is committed.
     */
    @FunctionalInterface
    public interface Acceptance {

        void accept(InboundContext context) throws GatewayException;

    }

    /** Audits a refusal and builds the generic fault for it. */
    @FunctionalInterface
    public interface Rejection {

        SoapReply reject(InboundContext context, GatewayException failure);

    }

}
