package uk.gov.justice.ppg.certs;

/**
 * The example organisations. Each has a TLS certificate ({@code <id>-tls.p12}) and a
 * signing certificate ({@code <id>-signing.p12}) whose subjects follow SPG's habit: the
 * signing CN is {@code signing.<tls CN>}.
 */
public enum ExampleParty {

    N00("n00", "National Probation Service (example)", "N00"),

    C00("c00", "Stub CRC (example)", "C00"),

    MTC("mtc", "MTC Novo (example)", "C16 C17"),

    C21("c21", "Kent Surrey Sussex CRC (example)", "C21"),

    /**
     * A CRC whose systems still sign the SPG-2018 way; the directory pins it to the
     * spg-2018 profile.
     */
    C04("c04", "Legacy Signer CRC (example)", "C04"),

    /** A CRC the directory lists as disabled. */
    C05("c05", "Suspended CRC (example)", "C05"),

    PF01("pf01", "Example Constabulary", "PF01"),

    CS202("cs202", "Example Council Children's Services", "CS202"),

    GATEWAY("gateway", "Probation Partner Gateway (example)", "SPG"),

    /** A trusted certificate whose subject no partner directory lists. */
    INTRUDER("intruder", "Unregistered Organisation (example)", "NONE");

    private final String id;

    private final String organisation;

    private final String codes;

    ExampleParty(String id, String organisation, String codes) {
        this.id = id;
        this.organisation = organisation;
        this.codes = codes;
    }

    public String id() {
        return this.id;
    }

    public String tlsCommonName() {
        return this.id + ".spg.example";
    }

    public String tlsSubject() {
        return subject(tlsCommonName());
    }

    public String signingSubject() {
        return subject("signing." + tlsCommonName());
    }

    /**
     * Subject of the gateway's audit checkpoint key (meaningful for {@link #GATEWAY}
     * only).
     */
    public String auditSubject() {
        return subject("audit." + tlsCommonName());
    }

    private String subject(String commonName) {
        return "CN=" + commonName + ",OU=" + this.codes + ",O=" + this.organisation + ",C=GB";
    }

}
