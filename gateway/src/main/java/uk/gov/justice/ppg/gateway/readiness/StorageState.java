package uk.gov.justice.ppg.gateway.readiness;

import java.time.Instant;

/**
 * What the last probe found.
 *
 * @param database whether the database answered
 * @param broker whether the broker took a connection
 * @param freeBytes usable space of the data directory's file system
 * @param at when the probe finished
 */
record StorageState(boolean database, boolean broker, long freeBytes, Instant at) {

    static StorageState unknown(Instant at) {
        return new StorageState(false, false, 0, at);
    }

}
