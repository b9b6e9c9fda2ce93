package uk.gov.justice.ppg.schemas.xml;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import uk.gov.justice.ppg.schemas.xml.XmlRejectedException.Reason;

/**
 * One streaming pass over a document that enforces {@link XmlLimits} and refuses DTDs and
 * processing instructions. It keeps no tree and no recursion, so a 100k-deep or
 * billion-laughs document costs a few microseconds and is refused before anything else
 * parses it.
 */
public final class XmlGuard {

    private final XmlLimits limits;

    public XmlGuard(XmlLimits limits) {
        this.limits = limits;
    }

    public XmlLimits limits() {
        return this.limits;
    }

    public void inspect(byte[] document) throws XmlRejectedException {
        if (document.length > this.limits.maxBytes()) {
            throw new XmlRejectedException(Reason.TOO_LARGE, document.length + " bytes");
        }
        try {
            XMLStreamReader reader = SecureXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(document));
            try {
                scan(reader);
            }
            finally {
                reader.close();
            }
        }
        catch (XMLStreamException ex) {
            throw new XmlRejectedException(Reason.MALFORMED, "not well-formed", ex);
        }
    }

    private void scan(XMLStreamReader reader) throws XMLStreamException, XmlRejectedException {
        int depth = 0;
        int elements = 0;
        long textRun = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.NOTATION_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new XmlRejectedException(Reason.DTD_FORBIDDEN, "document type declarations are refused");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> throw new XmlRejectedException(
                        Reason.PROCESSING_INSTRUCTION_FORBIDDEN, "processing instructions are refused");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    elements++;
                    textRun = 0;
                    check(depth <= this.limits.maxDepth(), Reason.TOO_DEEP, "depth " + depth);
                    check(elements <= this.limits.maxElements(), Reason.TOO_MANY_ELEMENTS, elements + " elements");
                    check(reader.getAttributeCount() <= this.limits.maxAttributes(), Reason.TOO_MANY_ATTRIBUTES,
                            reader.getAttributeCount() + " attributes");
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    textRun = 0;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    textRun += reader.getTextLength();
                    check(textRun <= this.limits.maxTextLength(), Reason.TEXT_TOO_LONG, textRun + " characters");
                }
                default -> {
                    // comments, document start and end carry no risk
                }
            }
        }
    }

    private static void check(boolean within, Reason reason, String detail) throws XmlRejectedException {
        if (!within) {
            throw new XmlRejectedException(reason, detail);
        }
    }

}
