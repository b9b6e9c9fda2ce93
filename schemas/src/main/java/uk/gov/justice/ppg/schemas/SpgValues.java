package uk.gov.justice.ppg.schemas;

import java.util.regex.Pattern;

/**
 * The forms of SPG's identifying values, as {@code SPG-Types.xsd} gives them: what code
 * outside the schema checks a value against (a claimed header, a register import, an
 * audit search) uses these, so the forms live in one place beside the XSD.
 */
public final class SpgValues {

    /** A party code: nDelius, a CRC, a police force, a children's service. */
    public static final Pattern PARTY_CODE = Pattern.compile("N00|C[0-9]{2}|PF[0-9]{2}|CS[0-9]{3}");

    /** A CRC's party code. */
    public static final Pattern CRC = Pattern.compile("C[0-9]{2}");

    /** A Sender- or ReceiverControlReference. */
    public static final Pattern CONTROL_REFERENCE = Pattern.compile("[0-9]{1,20}");

    /** A CaseReferenceNumber (CRN). */
    public static final Pattern CRN = Pattern.compile("[A-Z][0-9]{6}");

    private SpgValues() {
    }

    public static boolean isCrc(String partyCode) {
        return CRC.matcher(partyCode).matches();
    }

}
