package uk.gov.justice.ppg.gateway.store;

import java.io.ByteArrayOutputStream;

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
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(element, out);
            return out.toByteArray();
        }
        catch (InvalidCanonicalizerException | CanonicalizationException ex) {
            throw new IllegalStateException("canonicalisation failed", ex);
        }
    }

}
