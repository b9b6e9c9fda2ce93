package uk.gov.justice.ppg.schemas.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import uk.gov.justice.ppg.schemas.xml.XmlRejectedException.Reason;

/**
 * The only place the gateway creates XML factories. Every factory is the JDK's own (never
 * one found on the classpath), with DTDs, external entities, external schemas and
 * XInclude off and secure processing on.
 */
public final class SecureXml {

    private static final XMLInputFactory INPUT_FACTORY = createInputFactory();

    private static final DocumentBuilderFactory DOCUMENT_BUILDER_FACTORY = createDocumentBuilderFactory();

    private static final ThreadLocal<DocumentBuilder> DOCUMENT_BUILDER = ThreadLocal
        .withInitial(SecureXml::createDocumentBuilder);

    private static final TransformerFactory TRANSFORMER_FACTORY = createTransformerFactory();

    private static final ThreadLocal<Transformer> SERIALIZER = ThreadLocal.withInitial(SecureXml::createSerializer);

    private SecureXml() {
    }

    /**
     * A StAX factory that refuses to read DTDs and external entities. Thread-safe once
     * configured.
     */
    public static XMLInputFactory inputFactory() {
        return INPUT_FACTORY;
    }

    /**
     * Parses a document that has already passed {@link XmlGuard}; namespace-aware,
     * DOCTYPE refused.
     */
    public static Document parse(byte[] document) throws XmlRejectedException {
        DocumentBuilder builder = DOCUMENT_BUILDER.get();
        try {
            return builder.parse(new ByteArrayInputStream(document));
        }
        catch (SAXException | IOException ex) {
            throw new XmlRejectedException(Reason.MALFORMED, "not well-formed", ex);
        }
        finally {
            builder.reset();
        }
    }

    public static Document newDocument() {
        return DOCUMENT_BUILDER.get().newDocument();
    }

    /** Serialises a node as UTF-8 without an XML declaration and without re-indenting. */
    public static byte[] serialize(Node node) {
        return serialize(node, 8192).bytes();
    }

    /**
     * As {@link #serialize(Node)}, into a buffer of {@code expectedBytes} to begin with
     * and handed back untrimmed: a large document is copied neither each time the buffer
     * would have doubled nor at the end.
     */
    public static Serialized serialize(Node node, int expectedBytes) {
        Transformer transformer = SERIALIZER.get();
        try {
            Serialized.Buffer out = new Serialized.Buffer(Math.max(8192, expectedBytes));
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.serialized();
        }
        catch (TransformerException ex) {
            throw new IllegalStateException("XML serialisation failed", ex);
        }
        finally {
            transformer.reset();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        }
    }

    /**
     * A schema factory that loads nothing by itself: callers supply a classpath-only
     * resource resolver.
     */
    public static SchemaFactory schemaFactory() {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        }
        catch (SAXException ex) {
            throw new IllegalStateException("cannot harden the schema factory", ex);
        }
        return factory;
    }

    private static XMLInputFactory createInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused");
        });
        return factory;
    }

    private static DocumentBuilderFactory createDocumentBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            // A deferred DOM keeps its text twice once every node is visited, as
            // signature
            // checks, validation and canonicalisation all do: 1.9 times a text-dense body
            // instead of 1.0 (docs/benchmarks.md).
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        }
        catch (ParserConfigurationException ex) {
            throw new IllegalStateException("cannot harden the DOM factory", ex);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static DocumentBuilder createDocumentBuilder() {
        try {
            DocumentBuilder builder = DOCUMENT_BUILDER_FACTORY.newDocumentBuilder();
            builder.setErrorHandler(new SilentErrorHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are refused");
            });
            return builder;
        }
        catch (ParserConfigurationException ex) {
            throw new IllegalStateException("cannot create a DOM builder", ex);
        }
    }

    private static Transformer createSerializer() {
        try {
            Transformer transformer = TRANSFORMER_FACTORY.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            return transformer;
        }
        catch (TransformerConfigurationException ex) {
            throw new IllegalStateException("cannot create an XML serialiser", ex);
        }
    }

    private static TransformerFactory createTransformerFactory() {

        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        }
        catch (TransformerConfigurationException ex) {
            throw new IllegalStateException("cannot harden the transformer factory", ex);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }

    /** Parse errors surface as exceptions; nothing is printed to stderr. */
    private static final class SilentErrorHandler extends DefaultHandler {

        @Override
        public void warning(SAXParseException ex) {
        }

        @Override
        public void error(SAXParseException ex) throws SAXException {
            throw ex;
        }

    }

}
