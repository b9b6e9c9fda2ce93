package uk.gov.justice.ppg.gateway.audit;

import uk.gov.justice.ppg.schemas.MessageBody;

/** Why personal data moved: the purpose recorded with each disclosure. */
public enum Purpose {

    CASE_MANAGEMENT, COURT_OUTCOME, DOMESTIC_ABUSE_CHECK, SAFEGUARDING_CHECK, CASE_TRANSFER, LIVENESS, ACKNOWLEDGEMENT,

    /** The check ledger's own notices, and queries of it. */
    CHECK_LEDGER,

    /**
     * A test interchange ({@code TestIndicator} Y): to a test endpoint, no live
     * disclosure.
     */
    TEST,

    /**
     * Operators and auditors consulting or changing the gateway through the admin API.
     */
    OVERSIGHT,

    /** Refusals and security events: no disclosure took place. */
    SECURITY;

    public static Purpose of(MessageBody body) {
        return switch (body) {
            case OFFENDER_DETAILS, EVENT, CUSTODY_RELEASE, CUSTODY_RELEASE_CHANGE, CUSTODY_RECALL,
                    CUSTODY_RECALL_CHANGE, CUSTODY_DATE, ADDRESS, TERMINATE_SENTENCE, UPW_DETAILS, UPW_CONTACT,
                    COMMUNITY_REQUIREMENT, LICENCE_CONDITION, PSS_REQUIREMENT, CONTACT, PROCESS_CONTACT,
                    RATE_CARD_INTERVENTION, APPROVED_PREMISES_REFERRAL, OFFLOC_REQUEST, OFFLOC_REQUEST_2,
                    GET_DOCUMENT_LIST ->
                CASE_MANAGEMENT;
            case COURT_APPEARANCE -> COURT_OUTCOME;
            case DOMESTIC_ABUSE_CHECK_REQUEST, DOMESTIC_ABUSE_CHECK_RESULT -> DOMESTIC_ABUSE_CHECK;
            case SAFEGUARDING_CHECK_REQUEST, SAFEGUARDING_CHECK_RESULT -> SAFEGUARDING_CHECK;
            case CONSOLIDATED_TRANSFER_REQUEST, CONSOLIDATED_TRANSFER_RESPONSE -> CASE_TRANSFER;
            case CONNECTION_NOTIFICATION -> LIVENESS;
            case INTERCHANGE_STATUS_NOTIFICATION -> ACKNOWLEDGEMENT;
            case CHECK_LEDGER_NOTIFICATION -> CHECK_LEDGER;
        };
    }

}
