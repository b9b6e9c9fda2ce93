package uk.gov.justice.ppg.tools.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.tools.client.Interchanges;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * The demo's intended refusals: each sends one thing a rule exists to refuse, and prints
 * the code it expects, the gateway's answer and the rule. A refusal that does not come is
 * counted, so the demo fails rather than tell a story the gateway no longer tells.
 */
final class Refusals {

    private final Traffic traffic;

    private final List<Refusal> refusals = new ArrayList<>();

    Refusals(Traffic traffic) {
        this.traffic = traffic;
    }

    /** Sends each; returns how many were not answered as intended. */
    int run() {
        Demo.heading("6. intended refusals: expected, answered, and the rule each shows");
        schemaAndEnvelope();
        caseRegister();
        controlReferences();
        wire();
        int unexpected = 0;
        for (Refusal refusal : this.refusals) {
            String answer = refusal.send().get().outcome();
            boolean intended = answer.endsWith(refusal.expected());
            unexpected += intended ? 0 : 1;
            System.out.printf("  %-12s %-12s %-10s %s%n", refusal.expected(), answer, intended ? "ok" : "UNEXPECTED",
                    refusal.shows());
        }
        return unexpected;
    }

    private void schemaAndEnvelope() {
        add("GW-043", "a Contact without its OffenderID: SPG's structure requires it (XSD)",
                this.traffic.sample("0-9-14/invalid/xsd-contact-missing-offender-id.xml"), ExampleParty.C00);
        add("GW-043", "free text in UPWAppointment HighVisibilityVest, a Y/N flag (SPG's tooling can cross them)",
                this.traffic.sample("0-9-14/invalid/xsd-upw-contact-text-in-high-visibility-vest.xml"),
                ExampleParty.C00);
        add("GW-044", "two cases in one interchange: an envelope rule of ours, beyond the XSD",
                this.traffic.sample("0-9-14/invalid/envelope-one-case-per-interchange.xml"), ExampleParty.C00);
        add("GW-042", "nDelius sends a 0-9-13 document: it is pinned to 0-9-14, and versions are never guessed",
                this.traffic.sample("0-9-13/valid/offender-details.xml"), ExampleParty.N00);
        Document court = this.traffic.sample("0-9-14/valid/court-appearance.xml");
        Interchanges.setParty(court, "ReceiverIdentity", "C21");
        Interchanges.setCrn(court, "D100002");
        add("GW-051", "a CourtAppearance with bail conditions to C21, pinned to 0-9-13, which cannot carry them", court,
                ExampleParty.N00);
        Document custody = this.traffic.sample("0-9-14/valid/custody-recall.xml");
        Interchanges.setParty(custody, "SenderIdentity", "C00");
        Interchanges.setParty(custody, "ReceiverIdentity", "N00");
        add("GW-034", "C00 sends a CustodyRecall: only nDelius may (partner directory)", custody, ExampleParty.C00);
    }

    private void caseRegister() {
        add("GW-052", "C21 sends a Contact about D100001, a case C00 holds: a refused disclosure attempt",
                about(this.traffic.sample("0-9-13/valid/contact.xml"), "D100001"), ExampleParty.C21);
        add("GW-053", "C00 sends about D999999, a case the register does not know (fail closed)",
                about(this.traffic.sample("0-9-14/valid/contact.xml"), "D999999"), ExampleParty.C00);
        Document toWrongCrc = about(this.traffic.sample("0-9-14/valid/custody-date.xml"), "D100001");
        Interchanges.setParty(toWrongCrc, "ReceiverIdentity", "C21");
        add("GW-050", "nDelius addresses C00's case D100001 to C21", toWrongCrc, ExampleParty.N00);
        Document test = this.traffic.sample("0-9-14/valid/contact.xml");
        Interchanges.set(test, "SPGInterchangeHeader", "TestIndicator", "Y");
        add("GW-054", "a test interchange to nDelius, a live system: test traffic reaches only test endpoints", test,
                ExampleParty.C00);
    }

    private void controlReferences() {
        Document original = this.traffic.sample("0-9-14/valid/address.xml");
        add("200 accepted", "C00 sends an Address (the original of the next two)", original, ExampleParty.C00);
        Document again = this.traffic.read("0-9-14/valid/address.xml");
        Interchanges.setControlReference(again, Interchanges.controlReference(original));
        add("200 accepted", "the same reference and content again: a duplicate, answered as before, delivered once",
                again, ExampleParty.C00);
        Document reused = this.traffic.read("0-9-14/valid/address.xml");
        Interchanges.setControlReference(reused, Interchanges.controlReference(original));
        Interchanges.setDescendantText(reused, "SPGUpdateUser", "Someone,Else");
        add("GW-045", "the same reference with other content (a reset counter): refused, not dropped as a duplicate",
                reused, ExampleParty.C00);
        Document reserved = this.traffic.sample("0-9-14/valid/contact.xml");
        Interchanges.setControlReference(reserved, "90000000000000000001");
        add("GW-046", "a reference in the range the gateway keeps for its own ISNs and pings (ADR 0014)", reserved,
                ExampleParty.C00);
    }

    private void wire() {
        Document contact = this.traffic.sample("0-9-14/valid/contact.xml");
        this.refusals.add(new Refusal("GW-007", "a SOAP 1.1 envelope sent as application/soap+xml (SOAP 1.2's type)",
                () -> post(contact, ExampleParty.C00)));
        add("GW-014", "C00 signs as SPG's 2018 client did, but its profile is strict",
                this.traffic.sample("0-9-14/valid/contact.xml"), ExampleParty.C00, SigningOptions.spg2018());
    }

    private SpgResponse post(Document interchange, ExampleParty signer) {
        byte[] envelope = SecureXml
            .serialize(this.traffic.client(signer).sign(interchange, SigningOptions.strict().soap11()));
        try {
            return this.traffic.client(signer)
                .http()
                .post(this.traffic.client(signer).endpoint(), envelope, "application/soap+xml; charset=UTF-8");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the gateway did not answer", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static Document about(Document interchange, String crn) {
        Interchanges.setCrn(interchange, crn);
        return interchange;
    }

    private void add(String expected, String shows, Document interchange, ExampleParty signer) {
        add(expected, shows, interchange, signer, SigningOptions.strict());
    }

    private void add(String expected, String shows, Document interchange, ExampleParty signer, SigningOptions options) {
        this.refusals.add(new Refusal(expected, shows, () -> this.traffic.answer(interchange, signer, options)));
    }

    private record Refusal(String expected, String shows, Supplier<SpgResponse> send) {
    }

}
