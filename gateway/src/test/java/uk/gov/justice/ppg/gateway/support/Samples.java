package uk.gov.justice.ppg.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.schemas.SampleCorpus;
import uk.gov.justice.ppg.tools.client.Interchanges;
import uk.gov.justice.ppg.tools.client.PartnerClient;

/**
 * Samples from the schema corpus, each read with a fresh control reference so tests never
 * collide.
 */
public final class Samples {

    private static final AtomicLong NEXT_REFERENCE = new AtomicLong(System.currentTimeMillis() * 1000);

    private Samples() {
    }

    /**
     * A corpus sample by path under the samples directory, e.g.
     * {@code 0-9-14/valid/event.xml}.
     */
    public static Document fresh(String samplePath) {
        Document document = read(samplePath);
        setControlReference(document, String.valueOf(NEXT_REFERENCE.incrementAndGet()));
        return document;
    }

    /** A corpus sample exactly as it is in the file. */
    public static Document read(String samplePath) {
        try {
            return PartnerClient.read(Files.readAllBytes(path(samplePath)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static Path path(String samplePath) {
        return SampleCorpus.root().resolve(samplePath);
    }

    /** Sets SenderControlReference in header and trailer alike. */
    public static void setControlReference(Document interchange, String reference) {
        Interchanges.setControlReference(interchange, reference);
    }

    /** The text of a field of the interchange's header. */
    public static String header(Document interchange, String name) {
        return Interchanges.get(interchange, "SPGInterchangeHeader", name);
    }

    public static String controlReference(Document interchange) {
        return Interchanges.controlReference(interchange);
    }

    /**
     * Replaces the text of the {@code name} child of the interchange's {@code part}
     * (header or trailer).
     */
    public static void setText(Document interchange, String part, String name, String value) {
        Interchanges.set(interchange, part, name, value);
    }

    /**
     * Sets a party ({@code SenderIdentity} or {@code ReceiverIdentity}) in the header and
     * the trailer alike, as the envelope rules require.
     */
    public static void setParty(Document interchange, String name, String value) {
        Interchanges.setParty(interchange, name, value);
    }

    /**
     * Replaces the text of the first descendant named {@code name} anywhere in the
     * interchange.
     */
    public static void setDescendantText(Document interchange, String name, String value) {
        Interchanges.setDescendantText(interchange, name, value);
    }

    /**
     * Sets the case of every body part (a consolidated transfer names it in each of its
     * parts).
     */
    public static void setCrn(Document interchange, String crn) {
        Interchanges.setCrn(interchange, crn);
    }

    /** A RequestID no test used before, e.g. {@code DA-IT-1A2B3C4D}. */
    public static String requestId(String type) {
        return type + "-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /**
     * The check request a result sample answers, under a fresh RequestID set in both:
     * from the result's receiver to its sender, about its case.
     */
    public static Document requestFor(Document result) {
        boolean domesticAbuse = result.getElementsByTagNameNS("*", "DomesticAbuseCheckResult").getLength() > 0;
        Document request = fresh(
                "0-9-14/valid/" + (domesticAbuse ? "domestic-abuse" : "safeguarding") + "-check-request.xml");
        setParty(request, "SenderIdentity", header(result, "ReceiverIdentity"));
        setParty(request, "ReceiverIdentity", header(result, "SenderIdentity"));
        setCrn(request, result.getElementsByTagNameNS("*", "CaseReferenceNumber").item(0).getTextContent());
        String requestId = requestId(domesticAbuse ? "DA" : "SG");
        setDescendantText(request, "RequestID", requestId);
        setDescendantText(result, "RequestID", requestId);
        return request;
    }

    /** A fresh Event from N00 allocating {@code crn} to {@code crc}, addressed to it. */
    public static Document allocation(String crn, String crc) {
        Document event = fresh("0-9-14/valid/event.xml");
        setCrn(event, crn);
        setDescendantText(event, "AllocatedProvider", crc);
        setParty(event, "ReceiverIdentity", crc);
        return event;
    }

}
