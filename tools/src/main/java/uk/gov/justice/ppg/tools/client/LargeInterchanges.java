package uk.gov.justice.ppg.tools.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import uk.gov.justice.ppg.schemas.xml.SecureXml;

/**
 * Large bodies in the shapes that cost a gateway memory differently.
 * <ul>
 * <li>{@link #textDense}: a valid interchange grown to a size by whitespace between its
 * elements, which XML keeps as text. SPG's schema repeats nothing without a bound, so an
 * interchange grows large through its text (notes, padding, multibyte characters), not
 * through its element count.</li>
 * <li>{@link #elementDense}: an envelope packed with empty elements, the shape whose DOM
 * costs most per byte. A gateway must refuse it by counting, before it builds a DOM.</li>
 * </ul>
 */
public final class LargeInterchanges {

    private LargeInterchanges() {
    }

    /**
     * Pads a copy of {@code interchange} to about {@code bytes} (serialised) with
     * whitespace runs of at most {@code longestRun} characters before each element whose
     * parent holds only elements, so it stays valid against its schema.
     */
    public static Document textDense(Document interchange, int bytes, int longestRun) {
        Document copy = (Document) interchange.cloneNode(true);
        List<Element> gaps = new ArrayList<>();
        collectGaps(copy.getDocumentElement(), gaps);
        int missing = bytes - SecureXml.serialize(copy).length;
        if (missing <= 0 || gaps.isEmpty()) {
            return copy;
        }
        int perGap = missing / gaps.size();
        if (perGap > longestRun) {
            throw new IllegalArgumentException(
                    gaps.size() + " gaps of at most " + longestRun + " characters cannot add " + missing + " bytes");
        }
        String run = "\n" + " ".repeat(Math.max(0, perGap - 1));
        for (Element element : gaps) {
            element.getParentNode().insertBefore(copy.createTextNode(run), element);
        }
        return copy;
    }

    /**
     * A SOAP 1.2 envelope of about {@code bytes} whose Body holds one element holding
     * empty elements.
     */
    public static byte[] elementDense(int bytes) {
        String open = "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Header/>"
                + "<soap:Body><SPGInterchange xmlns=\"http://www.justice.gsi.gov.uk/SPG/\">";
        String close = "</SPGInterchange></soap:Body></soap:Envelope>";
        String element = "<e/>";
        int count = Math.max(0, (bytes - open.length() - close.length()) / element.length());
        return (open + element.repeat(count) + close).getBytes(StandardCharsets.UTF_8);
    }

    private static void collectGaps(Element parent, List<Element> gaps) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        gaps.addAll(children);
        children.forEach((child) -> collectGaps(child, gaps));
    }

}
