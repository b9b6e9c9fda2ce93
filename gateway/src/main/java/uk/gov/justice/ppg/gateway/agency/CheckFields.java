package uk.gov.justice.ppg.gateway.agency;

import java.util.List;
import java.util.Map;

/**
 * How the SPG elements of a check body and the JSON properties of the agency channel
 * correspond, field by field in schema order: one table read by both directions, so that
 * they cannot drift apart.
 */
final class CheckFields {

    /** The shared responder shape (SPG {@code ResponderType}). */
    static final List<Field> RESPONDER = List.of(Field.text("Name", "name"), Field.text("Role", "role"),
            Field.text("Telephone", "telephone"), Field.text("Email", "email"));

    static final List<Field> ADDRESS = List.of(Field.text("Status", "status"), Field.text("HouseNumber", "houseNumber"),
            Field.text("StreetName", "streetName"), Field.text("District", "district"),
            Field.text("TownCity", "townCity"), Field.text("County", "county"), Field.text("Postcode", "postcode"),
            Field.text("StartDate", "startDate"), new Field("NoFixedAbode", "noFixedAbode", Kind.YES_NO, List.of()));

    static final List<Field> SUBJECT = List.of(Field.text("Surname", "surname"), Field.text("FirstName", "firstName"),
            Field.text("DateOfBirth", "dateOfBirth"), Field.text("Gender", "gender"),
            Field.text("PNCNumber", "pncNumber"), new Field("Address", "address", Kind.OBJECT, ADDRESS));

    static final List<Field> REQUEST = List.of(Field.text("RequestID", "requestId"),
            Field.text("RequestDate", "requestDate"), Field.text("DueDate", "dueDate"),
            Field.text("RequestingProvider", "requestingProvider"),
            new Field("Subject", "subject", Kind.OBJECT, SUBJECT), Field.text("Reason", "reason"));

    static final List<Field> DOMESTIC_ABUSE_RESULT = List.of(Field.text("RequestID", "requestId"),
            new Field("Force", null, Kind.AGENCY, List.of()), Field.text("ResponseDate", "responseDate"),
            new Field("InformationHeld", "informationHeld", Kind.HELD, List.of()),
            new Field("CallOutCount", "callOutCount", Kind.COUNT, List.of()),
            Field.text("LatestCallOutDate", "latestCallOutDate"),
            new Field("RiskIndicator", "riskIndicators", Kind.REPEATED, List.of()), Field.text("Summary", "summary"),
            new Field("Responder", "responder", Kind.OBJECT, RESPONDER));

    static final List<Field> SAFEGUARDING_RESULT = List.of(Field.text("RequestID", "requestId"),
            new Field("LocalAuthority", null, Kind.AGENCY, List.of()), Field.text("ResponseDate", "responseDate"),
            new Field("InformationHeld", "informationHeld", Kind.HELD, List.of()),
            Field.text("ChildProtectionPlan", "childProtectionPlan"),
            new Field("ChildrenKnown", "childrenKnown", Kind.YES_NO, List.of()),
            new Field("ChildrenKnownCount", "childrenKnownCount", Kind.COUNT, List.of()),
            Field.text("Summary", "summary"), new Field("SocialWorker", "socialWorker", Kind.OBJECT, RESPONDER),
            new Field("Responder", "responder", Kind.OBJECT, RESPONDER));

    /** SPG's {@code InformationHeldType} by its JSON name. */
    private static final Map<String, String> HELD = Map.of("YES", "Y", "NO", "N", "UNABLE", "UNABLE");

    private CheckFields() {
    }

    /** {@code YES}, {@code NO}, {@code UNABLE} as SPG writes them. */
    static String heldInSpg(String json) {
        return HELD.getOrDefault(json, json);
    }

    /** SPG's {@code Y}, {@code N}, {@code UNABLE} as JSON names them. */
    static String heldInJson(String spg) {
        return HELD.entrySet()
            .stream()
            .filter((entry) -> entry.getValue().equals(spg))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(spg);
    }

    /** What a value is on each side. */
    enum Kind {

        /** The same text on both sides. */
        TEXT,
        /** A whole number in JSON, its digits in SPG. */
        COUNT,
        /** {@code true}/{@code false} in JSON, {@code Y}/{@code N} in SPG. */
        YES_NO,
        /**
         * {@code YES}/{@code NO}/{@code UNABLE} in JSON,
         * {@code Y}/{@code N}/{@code UNABLE} in SPG.
         */
        HELD,
        /** An array of text in JSON, the element repeated in SPG. */
        REPEATED,
        /** A JSON object, an SPG element with children. */
        OBJECT,
        /** Not in JSON: the answering agency, which is the authenticated sender. */
        AGENCY

    }

    /**
     * One correspondence.
     *
     * @param xml the SPG element's local name
     * @param json the JSON property ({@code null} for {@link Kind#AGENCY})
     * @param kind how the value is written on each side
     * @param children the fields of an {@link Kind#OBJECT}
     */
    record Field(String xml, String json, Kind kind, List<Field> children) {

        static Field text(String xml, String json) {
            return new Field(xml, json, Kind.TEXT, List.of());
        }

    }

}
