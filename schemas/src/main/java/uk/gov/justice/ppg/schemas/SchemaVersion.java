package uk.gov.justice.ppg.schemas;

import java.util.Arrays;
import java.util.Optional;

/**
 * The live SPG schema versions. Each partner is pinned to one; the gateway mediates
 * between them.
 */
public enum SchemaVersion {

    V0_9_13("0-9-13", "2018-02-08"),

    V0_9_14("0-9-14", "2018-02-08");

    private final String wireName;

    private final String schemaDate;

    SchemaVersion(String wireName, String schemaDate) {
        this.wireName = wireName;
        this.schemaDate = schemaDate;
    }

    /**
     * The value of {@code SchemaVersion} and {@code MessageVersionNumber} on the wire,
     * e.g. {@code 0-9-14}.
     */
    public String wireName() {
        return this.wireName;
    }

    /** The {@code SchemaDate} attribute the gateway writes for this version. */
    public String schemaDate() {
        return this.schemaDate;
    }

    /** Classpath location of this version's root schema. */
    public String rootSchema() {
        return "xsd/spg/" + this.wireName + "/SPG-XML_Message_Root-V" + this.wireName + ".xsd";
    }

    public static Optional<SchemaVersion> fromWire(String value) {
        return Arrays.stream(values()).filter((version) -> version.wireName.equals(value)).findFirst();
    }

}
