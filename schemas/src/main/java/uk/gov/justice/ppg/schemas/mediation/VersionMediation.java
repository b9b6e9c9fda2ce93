package uk.gov.justice.ppg.schemas.mediation;

import static uk.gov.justice.ppg.schemas.SpgNamespaces.SPG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.xml.Dom;

/**
 * Rewrites an {@code SPGInterchange} into another live version. Going from 0-9-14 to
 * 0-9-13, each element 0-9-13 cannot carry has a rule: {@link Rule#DROP} removes it (and
 * the caller audits that), {@link Rule#REFUSE} means the interchange must not be
 * delivered to that receiver at all, as does a body 0-9-14 added (the gateway's
 * {@code CheckLedgerNotification}). Going up needs no change but the version fields.
 */
public final class VersionMediation {

    /**
     * Elements 0-9-14 added, by the body element that holds them, and what to do with
     * each for 0-9-13.
     */
    private static final Map<String, Map<String, Rule>> ADDED_IN_0_9_14 = Map.of("Event",
            Map.of("RoSHLevel", Rule.DROP, "MAPPACategory", Rule.DROP, "MAPPALevel", Rule.DROP, "CASDecision",
                    Rule.DROP, "NotKnown", Rule.DROP, "OutstandingCheck", Rule.DROP),
            "CourtAppearance",
            Map.of("FirstAppointment", Rule.DROP, "BailConditions", Rule.REFUSE, "RestrainingOrder", Rule.REFUSE));

    /**
     * Bodies 0-9-14 added, which 0-9-13 has no form of: an interchange carrying one is
     * refused for a 0-9-13 receiver as a whole.
     */
    private static final Set<String> BODIES_ADDED_IN_0_9_14 = Set.of("CheckLedgerNotification");

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final Pattern HINTED_ROOT = Pattern.compile("SPG-XML_Message_Root-V[0-9]+-[0-9]+-[0-9]+\\.xsd");

    private VersionMediation() {
    }

    /**
     * A {@code xsi:schemaLocation} hint names its version's root schema file: it must
     * name the target's, or a receiver that follows hints would validate against the
     * wrong version.
     */
    private static void retarget(Element interchange, SchemaVersion target) {
        if (!interchange.hasAttributeNS(XSI, "schemaLocation")) {
            return;
        }
        String hint = interchange.getAttributeNS(XSI, "schemaLocation");
        String retargeted = HINTED_ROOT.matcher(hint)
            .replaceAll(Matcher.quoteReplacement("SPG-XML_Message_Root-V" + target.wireName() + ".xsd"));
        interchange.setAttributeNS(XSI, interchange.getAttributeNodeNS(XSI, "schemaLocation").getName(), retargeted);
    }

    /** What mediation does to an element the target version cannot carry. */
    public enum Rule {

        DROP, REFUSE

    }

    /**
     * The outcome for one receiver.
     *
     * @param dropped elements removed, as {@code Body/Element}
     * @param refusedFor elements that forbid delivery, as {@code Body/Element}; empty if
     * deliverable
     */
    public record Outcome(List<String> dropped, List<String> refusedFor) {

        public boolean refused() {
            return !this.refusedFor.isEmpty();
        }

    }

    /**
     * Rewrites {@code interchange} in place for {@code target}; on refusal it is left
     * partly rewritten.
     */
    public static Outcome rewrite(Element interchange, SchemaVersion target) {
        List<String> dropped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (target == SchemaVersion.V0_9_13) {
            for (Element message : Dom.children(interchange, SPG, "SPGMessage")) {
                Element body = Dom.children(message).get(1);
                if (BODIES_ADDED_IN_0_9_14.contains(body.getLocalName())) {
                    refused.add(body.getLocalName());
                    continue;
                }
                Map<String, Rule> rules = ADDED_IN_0_9_14.getOrDefault(body.getLocalName(), Map.of());
                Dom.descendant(body, SPG, body.getLocalName() + "Details")
                    .flatMap((details) -> Dom.child(details, SPG, body.getLocalName()))
                    .ifPresent((record) -> apply(record, body.getLocalName(), rules, dropped, refused));
            }
        }
        interchange.setAttribute("SchemaVersion", target.wireName());
        retarget(interchange, target);
        var versions = interchange.getElementsByTagNameNS(SPG, "MessageVersionNumber");
        for (int i = 0; i < versions.getLength(); i++) {
            versions.item(i).setTextContent(target.wireName());
        }
        return new Outcome(List.copyOf(dropped), List.copyOf(refused));
    }

    private static void apply(Element record, String body, Map<String, Rule> rules, List<String> dropped,
            List<String> refused) {
        for (Element field : Dom.children(record)) {
            Rule rule = rules.get(field.getLocalName());
            if (rule == Rule.REFUSE) {
                refused.add(body + "/" + field.getLocalName());
            }
            else if (rule == Rule.DROP) {
                record.removeChild(field);
                String name = body + "/" + field.getLocalName();
                if (!dropped.contains(name)) {
                    dropped.add(name);
                }
            }
        }
    }

}
