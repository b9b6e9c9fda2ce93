package uk.gov.justice.ppg.gateway.store;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.CanonicalizationException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.c14n.InvalidCanonicalizerException;
import org.w3c.dom.Element;

/**
 * Exclusive canonical XML of an interchange: the form the gateway stores, hashes and
 * forwards, independent of the sender's prefixes, whitespace between attributes and
 * comments.
 */
public final class Canonical {

    static {
        Init.init();
    }

    private Canonical() {
    }

    public static byte[] exclusive(Element element) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        write(element, out);
        return out.toByteArray();
    }

    /** Writes the canonical form to {@code out}, as it is produced. */
    public static void write(Element element, OutputStream out) {
        try {
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(element, out);
        }
        catch (InvalidCanonicalizerException | CanonicalizationException ex) {
            throw new IllegalStateException("canonicalisation failed", ex);
        }
    }

    /**
     * The canonical form, written into a buffer of {@code expectedBytes} to begin with:
     * given the size of the document it came from, a large interchange is not copied
     * again each time the buffer would have doubled.
     */
    public static byte[] exclusive(Element element, int expectedBytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(8192, expectedBytes));
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(element, out);
            return out.toByteArray();
        }
        catch (InvalidCanonicalizerException | CanonicalizationException ex) {
            throw new IllegalStateException("canonicalisation failed", ex);
        }
    }

}
