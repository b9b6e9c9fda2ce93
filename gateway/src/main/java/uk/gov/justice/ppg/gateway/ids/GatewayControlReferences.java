package uk.gov.justice.ppg.gateway.ids;

import java.util.regex.Pattern;

/**
 * The range of SenderControlReferences the gateway keeps for what it issues itself
 * (status notifications and pings, sent in a partner's or the hub's name; ADR 0014): 20
 * digits beginning with 9. A partner's numbering cannot reach it: SPG partners number
 * from 1 or with epoch milliseconds (13 digits), and the gateway refuses a partner
 * interchange whose reference lies in it ({@code GW-046}), so a receiver that
 * deduplicates on (sender, reference) never confuses one of the gateway's with one of the
 * partner's.
 */
public final class GatewayControlReferences {

    /** How many digits follow the leading 9. */
    private static final int DIGITS = 19;

    private static final Pattern RESERVED = Pattern.compile("9[0-9]{" + DIGITS + "}");

    private GatewayControlReferences() {
    }

    /** The gateway's reference number {@code n} (n ≥ 1): {@code 9} and n in 19 digits. */
    public static String format(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("gateway control references start at 1");
        }
        return "9" + String.format("%0" + DIGITS + "d", n);
    }

    /** Whether a reference lies in the gateway's range. */
    public static boolean reserved(String reference) {
        return RESERVED.matcher(reference).matches();
    }

}
