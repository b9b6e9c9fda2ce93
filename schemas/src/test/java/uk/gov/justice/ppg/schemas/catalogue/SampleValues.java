package uk.gov.justice.ppg.schemas.catalogue;

import java.util.Map;

import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Item;

/** A plausible value for each leaf of the catalogue, by its name and type. */
final class SampleValues {

    private static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("OffenderID", "2500001234"),
            Map.entry("EventID", "2500012345"), Map.entry("TransferID", "2500077001"),
            Map.entry("CRCSearchID", "88001"), Map.entry("EndTime", "15:00:00"), Map.entry("OSProvider", "N07"),
            Map.entry("RSRProvider", "N07"), Map.entry("DecisionProvider", "N07"),
            Map.entry("UPWLengthMinutes", "6000"), Map.entry("MinutesOffered", "420"), Map.entry("StatusCode", "202"),
            Map.entry("HouseNumber", "12"), Map.entry("StreetName", "Station Road"), Map.entry("TownCity", "Rochester"),
            Map.entry("ProjectName", "Riverside clean-up"), Map.entry("OffenceCode", "10400"),
            Map.entry("KeyDateType", "LED"), Map.entry("ReleaseType", "ADL"));

    private SampleValues() {
    }

    static String of(Item leaf, String crn, String provider) {
        String name = leaf.name();
        String fixed = BY_NAME.get(name);
        if (fixed != null) {
            return fixed;
        }
        String owner = name.contains("TransferTo") ? "N07" : provider;
        return switch (leaf.type()) {
            case "crn" -> crn;
            case "guid" -> "3F2504E04F8911D39A0C0305E82C3301";
            case "user" -> "Okafor,Grace";
            case "id" -> Long.toString(2_500_100_000L + Math.abs(name.hashCode() % 100_000));
            case "date" -> "2026-11-23";
            case "datetime" -> "2026-11-23T10:15:00";
            case "time" -> "10:15:00";
            case "prov" -> owner;
            case "team" -> owner + "T01";
            case "staff" -> owner + "T01O01";
            case "code" -> "STD";
            case "yn" -> "N";
            case "int" -> "3";
            case "num" -> "250.00";
            case "text" -> "Attended as arranged";
            case "short" -> "Text";
            case "postcode" -> "ME2 4AB";
            case "score" -> "3.12";
            case "ogrs" -> "45";
            default -> throw new IllegalArgumentException("no sample value for type " + leaf.type());
        };
    }

}
