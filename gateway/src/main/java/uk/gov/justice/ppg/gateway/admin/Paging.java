package uk.gov.justice.ppg.gateway.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The admin API's common parameters, checked: a page from 0, a size from 1 to 100
 * (default 50), times as ISO-8601 instants. A bad one is an
 * {@link IllegalArgumentException}, answered 400 GW-092.
 */
final class Paging {

    static final int MAX_SIZE = 100;

    private Paging() {
    }

    static int page(Integer page) {
        if (page != null && page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        return (page == null) ? 0 : page;
    }

    static int size(Integer size) {
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE);
        }
        return (size == null) ? 50 : size;
    }

    static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 instant");
        }
    }

    /**
     * A free-text reason an operator gives for a change: 3 to 200 printable characters.
     */
    static String reason(String reason) {
        if (reason == null || reason.strip().length() < 3 || reason.length() > 200
                || reason.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a reason of 3 to 200 printable characters is required");
        }
        return reason.strip();
    }

}
