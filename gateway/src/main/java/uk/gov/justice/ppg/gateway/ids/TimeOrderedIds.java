package uk.gov.justice.ppg.gateway.ids;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Row identifiers that sort by creation time: version 7 UUIDs (RFC 9562), 48 bits of Unix
 * milliseconds then 74 random bits. Inserted in nearly ascending order, they keep each
 * commit's index changes on the last pages of the primary and foreign-key indexes instead
 * of scattering them over the whole index, as random (version 4) UUIDs do. They carry
 * their creation time to the millisecond and nothing else.
 */
public final class TimeOrderedIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TimeOrderedIds::random);

    private TimeOrderedIds() {
    }

    /** A new identifier in its 36-character text form. */
    public static String next() {
        return of(System.currentTimeMillis(), RANDOM.get()).toString();
    }

    static UUID of(long millis, SecureRandom random) {
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static SecureRandom random() {
        try {
            return SecureRandom.getInstance("DRBG");
        }
        catch (NoSuchAlgorithmException ex) {
            return new SecureRandom();
        }
    }

}
