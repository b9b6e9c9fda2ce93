package uk.gov.justice.ppg.gateway.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the gateway delivers to a partner (ADR 0024). */
public enum Channel {

    /** A signed SOAP {@code SPGInterchange} posted to its endpoint: SPG's own wire. */
    SOAP,

    /**
     * An item in its inbox on the agency API, delivered when the agency acknowledges it;
     * it has no endpoint.
     */
    INBOX,

    /**
     * The inbox item as JSON, posted to its endpoint over mutual TLS; delivered on a 2xx
     * answer naming the item.
     */
    JSON;

    /** The name the directory file uses: {@code soap}, {@code inbox}, {@code json}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Channel> fromFileName(String name) {
        return Arrays.stream(values()).filter((channel) -> channel.fileName().equals(name)).findFirst();
    }

}
