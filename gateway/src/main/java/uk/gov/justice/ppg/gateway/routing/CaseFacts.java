package uk.gov.justice.ppg.gateway.routing;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.util.Optional;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Reads from a validated interchange what changes case responsibility: an {@code Event}
 * allocating the case (AllocatedProvider), or a {@code ConsolidatedTransferResponse}
 * accepting the transfer of the offender manager (its {@code OMTransferResponse} part
 * with {@code OMTransferStatus} {@code AC}: the new {@code OMTransferToProvider}). SPG
 * names no status but {@code TR} (rejected); {@code AC} as acceptance is the gateway's
 * rule (docs/delivery.md). NPS providers (N01, N07, ...) map to party N00. A test
 * interchange changes nothing: it cannot move or introduce a live case.
 */
public final class CaseFacts {

    /** The transfer status the gateway reads as acceptance. */
    static final String ACCEPTED = "AC";

    private CaseFacts() {
    }

    static Optional<ResponsibilityChange> changeOf(InterchangeView view, Element interchange,
            PartnerDirectory directory) {
        Optional<String> crn = view.crn();
        if (crn.isEmpty() || view.test()) {
            return Optional.empty();
        }
        if (view.bodies().contains(MessageBody.EVENT)) {
            return Dom.descendant(interchange, SPG, "AllocatedProvider")
                .map((element) -> element.getTextContent().trim())
                .flatMap((provider) -> party(provider, directory))
                .map((party) -> new ResponsibilityChange(crn.get(), party, ResponsibilityChange.Kind.ALLOCATION));
        }
        if (view.bodies().contains(MessageBody.CONSOLIDATED_TRANSFER_RESPONSE)) {
            return acceptedManagerTransfer(interchange).flatMap((provider) -> party(provider, directory))
                .map((party) -> new ResponsibilityChange(crn.get(), party, ResponsibilityChange.Kind.TRANSFER));
        }
        return Optional.empty();
    }

    private static Optional<String> acceptedManagerTransfer(Element interchange) {
        return Dom.descendant(interchange, SPG, "OMTransferResponseDetails")
            .flatMap((details) -> Dom.child(details, SPG, "OMTransferResponse"))
            .filter((record) -> Dom.childText(record, SPG, "OMTransferStatus").filter(ACCEPTED::equals).isPresent())
            .flatMap((record) -> Dom.childText(record, SPG, "OMTransferToProvider"));
    }

    /**
     * The party a provider code belongs to: NPS divisions to N00, a CRC code to itself if
     * it is in the directory.
     */
    public static Optional<String> party(String provider, PartnerDirectory directory) {
        if (provider.startsWith("N")) {
            return Optional.of("N00");
        }
        return directory.byPartyCode(provider).map((partner) -> provider);
    }

}
