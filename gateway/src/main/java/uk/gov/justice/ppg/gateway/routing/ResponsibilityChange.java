package uk.gov.justice.ppg.gateway.routing;

/**
 * What an interchange does to the case-responsibility register.
 *
 * @param crn the case
 * @param provider party code of the provider now responsible
 * @param kind why it changed
 */
public record ResponsibilityChange(String crn, String provider, Kind kind) {

    /**
     * Allocation by an Event, or a transfer accepted in a ConsolidatedTransferResponse.
     */
    public enum Kind {

        ALLOCATION, TRANSFER

    }

}
