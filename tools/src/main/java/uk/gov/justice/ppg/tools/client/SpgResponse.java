package uk.gov.justice.ppg.tools.client;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gateway answered.
 *
 * @param status HTTP status
 * @param body the SOAP envelope
 */
public record SpgResponse(int status, byte[] body) {

    private static final Pattern CODE = Pattern.compile("<gw:Code>(GW-[0-9]{3})</gw:Code>");

    private static final Pattern ACCEPTED = Pattern
        .compile("<SPGInterchangeResponseType>200</SPGInterchangeResponseType>");

    public String text() {
        return new String(this.body, StandardCharsets.UTF_8);
    }

    /** Whether this is an {@code SPGInterchangeResponse} 200. */
    public boolean accepted() {
        return this.status == 200 && ACCEPTED.matcher(text()).find();
    }

    /** The {@code GW-0xx} code of a fault, if this is one. */
    public Optional<String> errorCode() {
        Matcher matcher = CODE.matcher(text());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** {@code 200 accepted} or {@code 400 GW-019} and the like: for printing. */
    public String outcome() {
        return this.status + " " + (accepted() ? "accepted" : errorCode().orElse("unrecognised reply"));
    }

}
