package uk.gov.justice.ppg.gateway.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;

/**
 * A CRC the shipped directory does not list, for tests that add a partner live: party
 * code C99, with the example PKI's trusted but unregistered certificates
 * ({@link ExampleParty#INTRUDER}), receiving at its stub.
 */
public final class NewPartner {

    public static final String ID = "c99";

    public static final String CODE = "C99";

    private NewPartner() {
    }

    /** Its directory entry in the file's format, permitted to send a contact to N00. */
    public static Map<String, Object> entry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", ID);
        entry.put("organisation", "New CRC (example)");
        entry.put("party-codes", List.of(CODE));
        entry.put("tls-subject", ExampleParty.INTRUDER.tlsSubject());
        entry.put("signing-subject", ExampleParty.INTRUDER.signingSubject());
        entry.put("schema-version", "0-9-14");
        entry.put("endpoint", GatewayIT.PARTNERS.endpoint(ID));
        entry.put("permits", Map.of("Contact", List.of("N00"), "InterchangeStatusNotification", List.of("N00")));
        return entry;
    }

    /** A contact from C99 to N00 about the case. */
    public static Document contact(String crn) {
        Document contact = Samples.fresh("0-9-14/valid/contact.xml");
        Samples.setCrn(contact, crn);
        Samples.setParty(contact, "SenderIdentity", CODE);
        Samples.setParty(contact, "ReceiverIdentity", "N00");
        return contact;
    }

}
