package uk.gov.justice.ppg.gateway.store;

/** Who wrote a stored interchange. */
public enum Origin {

    /** A partner sent it, signed with its own key. */
    PARTNER,

    /**
     * An agency posted it as JSON over the agency API, with a certificate-bound token;
     * the gateway wrote it as an interchange in the agency's name and signs it (ADR
     * 0024).
     */
    AGENCY,

    /** The gateway issued it (a status notification), signed with the gateway's key. */
    GATEWAY

}
