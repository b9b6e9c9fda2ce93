package uk.gov.justice.ppg.schemas.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Body;
import uk.gov.justice.ppg.schemas.catalogue.SpgCatalogue.Item;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.XmlRejectedException;

/**
 * Writes an interchange the way SPG's own test payload generator writes it (spg-bodies.md
 * §0, §1.3, §2, §6): one line without whitespace, the wrapper of the body's family
 * (schemaLocation, {@code <TestIndicator/>}, an always-written
 * {@code ReceiverControlReference}, ApplicationReference), always-written elements empty
 * when they have no value, the SPGVersion rules, SPG's fixed literals, and its quirks
 * (TerminateUser repeats SPGUpdateUser; UPWAppointment's Notes and HighVisibilityVest
 * crossed).
 */
public final class SpgTooling {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final String ZEROS = "0".repeat(32);

    private final Body body;

    private final SchemaVersion version;

    private String sender = "N00";

    private String receiver = "C00";

    private long controlReference = System.currentTimeMillis();

    private Long receiverControlReference;

    private Instant preparedAt = Instant.now();

    private boolean milliseconds = true;

    private String messageType = "INS";

    private String crn = "D100001";

    private String spgVersion = "3F2504E04F8911D39A0C0305E82C3301";

    private String updateUser = "Okafor,Grace";

    private String provider = "C00";

    private String applicationReference = "SPG";

    private String testIndicator;

    private List<String> parts = List.of("OM");

    private final Map<String, String> values = new HashMap<>();

    private SpgTooling(Body body, SchemaVersion version) {
        this.body = body;
        this.version = version;
        this.messageType = defaultMessageType(body.name());
    }

    /**
     * SPG's tooling sends status notifications as responses and the liveness ping as a
     * system message.
     */
    private static String defaultMessageType(String body) {
        return switch (body) {
            case "InterchangeStatusNotification" -> "RSP";
            case "ConnectionNotification" -> "SYS";
            default -> "INS";
        };
    }

    /** An interchange of {@code body} (a root name, e.g. {@code CustodyRecall}). */
    public static SpgTooling of(String body, SchemaVersion version) {
        return new SpgTooling(SpgCatalogue.load().body(body), version);
    }

    public SpgTooling parties(String sender, String receiver) {
        this.sender = sender;
        this.receiver = receiver;
        this.provider = sender.startsWith("C") ? sender : "N07";
        return this;
    }

    /** Epoch milliseconds, as SPG's tests use. */
    public SpgTooling controlReference(long epochMillis) {
        this.controlReference = epochMillis;
        return this;
    }

    public SpgTooling receiverControlReference(Long reference) {
        this.receiverControlReference = reference;
        return this;
    }

    /** TimeOfPreparation with milliseconds ({@code HH:mm:ss.SSS}) or without. */
    public SpgTooling preparedAt(Instant at, boolean withMilliseconds) {
        this.preparedAt = at;
        this.milliseconds = withMilliseconds;
        return this;
    }

    public SpgTooling messageType(String type) {
        this.messageType = type;
        return this;
    }

    public SpgTooling crn(String value) {
        this.crn = value;
        return this;
    }

    /**
     * The SPGVersion the caller supplies (used or replaced by zeros per the body's rule).
     */
    public SpgTooling spgVersion(String guid) {
        this.spgVersion = guid;
        return this;
    }

    public SpgTooling applicationReference(String reference) {
        this.applicationReference = reference;
        return this;
    }

    public SpgTooling testIndicator(String indicator) {
        this.testIndicator = indicator;
        return this;
    }

    /**
     * The parts of a consolidated transfer, by prefix: {@code OM}, {@code OM, OS},
     * {@code RQ}...
     */
    public SpgTooling parts(String... prefixes) {
        this.parts = List.of(prefixes);
        return this;
    }

    /**
     * The status of every transfer part ({@code AC}, or {@code TR} with a rejected
     * reason).
     */
    public SpgTooling status(String status) {
        this.values.put("status", status);
        return this;
    }

    /**
     * A value for an element; null leaves an always-written one empty and omits an
     * optional one.
     */
    public SpgTooling value(String element, String value) {
        this.values.put(element, value);
        return this;
    }

    public Document document() {
        try {
            return SecureXml.parse(xml().getBytes(StandardCharsets.UTF_8));
        }
        catch (XmlRejectedException ex) {
            throw new IllegalStateException("rendered interchange does not parse", ex);
        }
    }

    /** The interchange as one line, as SPG's markup engine writes it. */
    public String xml() {
        String family = this.body.family();
        StringBuilder xml = new StringBuilder();
        if (family.startsWith("B")) {
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        xml.append("<SPGInterchange xmlns=\"").append(SpgNamespaces.SPG).append('"');
        if ("B1".equals(family) || "N2".equals(family)) {
            xml.append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
        }
        if ("N2".equals(family)) {
            xml.append(" xmlns:spg=\"").append(SpgNamespaces.SPG).append('"');
        }
        String wire = this.version.wireName();
        if ("ConsolidatedTransferRequest".equals(this.body.name())) {
            xml.append(" SchemaVersion=\"").append(wire).append("\" SchemaDate=\"").append(this.version.schemaDate());
        }
        else {
            xml.append(" SchemaDate=\"").append(this.version.schemaDate()).append("\" SchemaVersion=\"").append(wire);
        }
        xml.append('"');
        if ("B1".equals(family)) {
            xml.append(" xsi:schemaLocation=\"")
                .append(SpgNamespaces.SPG)
                .append(" SPG-XML_Message_Root-V")
                .append(wire)
                .append(".xsd\"");
        }
        xml.append('>');
        header(xml, family);
        xml.append("<SPGMessage><SPGMessageHeader>");
        leaf(xml, "MessageType", this.messageType);
        leaf(xml, "MessageVersionNumber", wire);
        leaf(xml, "MessageReferenceNumber", "1");
        xml.append("</SPGMessageHeader>");
        body(xml);
        xml.append("<SPGMessageTrailer><MessageReferenceNumber>1</MessageReferenceNumber></SPGMessageTrailer>");
        xml.append("</SPGMessage><SPGInterchangeTrailer>");
        leaf(xml, "SenderControlReference", Long.toString(this.controlReference));
        receiverReference(xml, family);
        leaf(xml, "ControlCount", "1");
        leaf(xml, "SenderIdentity", this.sender);
        leaf(xml, "ReceiverIdentity", this.receiver);
        xml.append("</SPGInterchangeTrailer></SPGInterchange>");
        return xml.toString();
    }

    private void header(StringBuilder xml, String family) {
        xml.append("<SPGInterchangeHeader>");
        leaf(xml, "SenderIdentity", this.sender);
        leaf(xml, "ReceiverIdentity", this.receiver);
        leaf(xml, "SenderControlReference", Long.toString(this.controlReference));
        receiverReference(xml, family);
        var local = this.preparedAt.atZone(UK);
        leaf(xml, "DateOfPreparation", DateTimeFormatter.ISO_LOCAL_DATE.format(local));
        leaf(xml, "TimeOfPreparation",
                DateTimeFormatter.ofPattern(this.milliseconds ? "HH:mm:ss.SSS" : "HH:mm:ss").format(local));
        if (family.startsWith("N")) {
            leaf(xml, "ApplicationReference", "SPGTest");
        }
        else {
            leaf(xml, "ApplicationReference", this.applicationReference);
        }
        switch (family) {
            case "B1", "B2" -> leaf(xml, "TestIndicator", this.testIndicator);
            case "B3" -> leaf(xml, "TestIndicator", "Y");
            default -> {
                // B4, N1 and N2 write no TestIndicator
            }
        }
        xml.append("</SPGInterchangeHeader>");
    }

    private void receiverReference(StringBuilder xml, String family) {
        String reference = (this.receiverControlReference != null) ? this.receiverControlReference.toString() : null;
        if ("B4".equals(family) || "N2".equals(family)) {
            leaf(xml, "ReceiverControlReference", reference);
        }
        else if ("N1".equals(family) && reference != null) {
            leaf(xml, "ReceiverControlReference", reference);
        }
    }

    private void body(StringBuilder xml) {
        Item root = this.body.root();
        if (root.children().isEmpty() && !this.body.transfer()) {
            xml.append('<').append(root.name()).append("/>");
            return;
        }
        xml.append('<').append(root.name()).append('>');
        for (Item child : root.children()) {
            element(xml, child);
        }
        if (this.body.transfer()) {
            String suffix = "request".equals(this.body.parts()) ? "TransferRequest" : "TransferResponse";
            for (String prefix : this.parts) {
                element(xml, SpgCatalogue.load().part(prefix + suffix));
            }
        }
        xml.append("</").append(root.name()).append('>');
    }

    private void element(StringBuilder xml, Item element) {
        if (!element.leaf()) {
            xml.append('<').append(element.name()).append('>');
            for (Item child : element.children()) {
                element(xml, child);
            }
            xml.append("</").append(element.name()).append('>');
            return;
        }
        String value = valueOf(element);
        switch (element.occurrence()) {
            case A, E -> leaf(xml, element.name(), value);
            case D -> leaf(xml, element.name(), (value != null) ? value : element.defaultValue());
            case O -> {
                if (value != null) {
                    leaf(xml, element.name(), value);
                }
            }
            case OE -> {
                if (rejected()) {
                    leaf(xml, element.name(), value);
                }
            }
            case N -> {
                // never written by SPG's generator
            }
        }
    }

    /** A transfer response writes its rejected reason only when the status is TR. */
    private boolean rejected() {
        return "TR".equals(this.values.getOrDefault("status", "AC"));
    }

    private String valueOf(Item element) {
        String name = element.name();
        if ("SPGVersion".equals(name)) {
            return spgVersionValue();
        }
        if ("SPGUpdateUser".equals(name) || "TerminateUser".equals(name)) {
            return this.updateUser;
        }
        if ("UPWContact".equals(this.body.name()) && ("Notes".equals(name) || "HighVisibilityVest".equals(name))) {
            // SPG's renderer passes these two arguments crossed
            return this.values.get("Notes".equals(name) ? "HighVisibilityVest" : "Notes");
        }
        if (this.values.containsKey(name)) {
            return this.values.get(name);
        }
        if (name.endsWith("TransferStatus")) {
            return this.values.getOrDefault("status", "AC");
        }
        if (element.occurrence() == SpgCatalogue.Occurrence.OE || element.occurrence() == SpgCatalogue.Occurrence.E) {
            return null;
        }
        return SampleValues.of(element, this.crn, this.provider);
    }

    private String spgVersionValue() {
        return switch (this.body.versionRule()) {
            case "Z1" -> ("INS".equals(this.messageType) || this.spgVersion == null) ? ZEROS : this.spgVersion;
            case "Z3" -> ZEROS;
            default -> (this.spgVersion == null) ? ZEROS : this.spgVersion;
        };
    }

    /**
     * Values are written unescaped, as SPG's engine does: callers give plain text only.
     */
    private static void leaf(StringBuilder xml, String name, String value) {
        if (value == null || value.isEmpty()) {
            xml.append('<').append(name).append("/>");
            return;
        }
        xml.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
    }

}
