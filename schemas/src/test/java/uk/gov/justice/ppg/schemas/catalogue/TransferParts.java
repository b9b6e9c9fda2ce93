package uk.gov.justice.ppg.schemas.catalogue;

import java.util.ArrayList;
import java.util.List;

import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Item;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Occurrence;

/**
 * The parts of a consolidated transfer share one frame (spg-bodies.md §5.18, §5.19):
 * {@code
 *
<P>
 * Transfer…} / {@code …Details} / Offender, SPGVersion / the record, whose fields follow
 * from the part's prefix, its entity id, and the names of its reason and status.
 */
final class TransferParts {

    private static final String REQUEST = "TransferRequest";

    private static final String RESPONSE = "TransferResponse";

    private TransferParts() {
    }

    static Item part(String name, String entity, String reason, String status) {
        boolean response = name.endsWith(RESPONSE);
        String prefix = name.substring(0, name.length() - (response ? RESPONSE : REQUEST).length());
        List<Item> record = new ArrayList<>();
        record.add(leaf("TransferID", Occurrence.A, "id"));
        if (!"-".equals(entity)) {
            record.add(leaf(entity, Occurrence.A, "id"));
        }
        record.add(leaf("OffenderID", Occurrence.A, "id"));
        if (response) {
            record.add(leaf(status, Occurrence.A, "code"));
            record.add(leaf(prefix + "TransferRejectedReason", Occurrence.OE, "code"));
            record.add(leaf(prefix + "TransferFromProvider", Occurrence.A, "prov"));
        }
        else {
            record.add(leaf(reason, Occurrence.A, "code"));
            record.add(leaf(status, Occurrence.A, "code"));
            record.add(leaf(prefix + "TransferFromProvider", Occurrence.A, "prov"));
            record.add(leaf(prefix + "TransferFromResponsibleTeam", Occurrence.A, "team"));
            record.add(leaf(prefix + "TransferFromResponsibleOfficer", Occurrence.A, "staff"));
        }
        record.add(leaf(prefix + "TransferToProvider", Occurrence.A, "prov"));
        record.add(leaf(prefix + "TransferToResponsibleTeam", Occurrence.A, "team"));
        record.add(leaf(prefix + "TransferToResponsibleOfficer", Occurrence.A, "staff"));
        Item offender = container("Offender", List.of(leaf("CaseReferenceNumber", Occurrence.A, "crn")));
        Item version = container("SPGVersion",
                List.of(new Item("SPGVersion", Occurrence.D, "guid", "0".repeat(32), List.of()),
                        leaf("SPGUpdateUser", Occurrence.A, "user")));
        Item details = container(name + "Details", List.of(offender, version, container(name, record)));
        return container(name, List.of(details));
    }

    private static Item leaf(String name, Occurrence occurrence, String type) {
        return new Item(name, occurrence, type, null, List.of());
    }

    private static Item container(String name, List<Item> children) {
        return new Item(name, null, null, null, List.copyOf(children));
    }

}
