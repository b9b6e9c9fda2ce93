package uk.gov.justice.ppg.gateway.store;

/** Who wrote a stored interchange. */
public enum Origin {

    /** A partner sent it, signed with its own key. */
    PARTNER,

    /** The gateway issued it (a status notification), signed with the gateway's key. */
    GATEWAY

}
