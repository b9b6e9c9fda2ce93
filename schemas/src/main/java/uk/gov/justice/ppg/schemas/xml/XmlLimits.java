package uk.gov.justice.ppg.schemas.xml;

/**
 * Limits a document must keep before the gateway builds a DOM of it.
 *
 * @param maxBytes largest document, in bytes
 * @param maxDepth deepest element nesting
 * @param maxElements most elements in the document
 * @param maxAttributes most attributes on one element
 * @param maxTextLength longest run of character data
 */
public record XmlLimits(int maxBytes, int maxDepth, int maxElements, int maxAttributes, int maxTextLength) {

    /**
     * Generous for SPG traffic (2 to 50 KB interchanges), tight against hostile
     * documents.
     */
    public static final XmlLimits DEFAULT = new XmlLimits(1024 * 1024, 48, 20_000, 32, 65_536);

    public XmlLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxElements <= 0 || maxAttributes <= 0 || maxTextLength <= 0) {
            throw new IllegalArgumentException("XML limits must be positive");
        }
    }

}
