package uk.gov.justice.ppg.schemas.validation;

import java.io.IOException;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

import uk.gov.justice.ppg.schemas.SpgNamespaces;

/**
 * Validates one root element against one compiled schema. Thread-safe: each thread reuses
 * its own JAXP validator, which never loads {@code xsi:schemaLocation} hints or any other
 * external resource.
 */
public final class SchemaValidator {

    private static final Pattern QUOTED_VALUE = Pattern.compile("(?i)value '[^']*'|'[^']*'(?= is not a valid value)");

    /**
     * Documents from this size get a validator of their own, used once. A JAXP validator
     * holds the last DOM it validated until its next, so a thread's cached one would keep
     * a large interchange alive long after it was done with (ADR 0033).
     */
    private static final int CACHED_BELOW_BYTES = 256 * 1024;

    private final Schema schema;

    private final String rootName;

    private final ThreadLocal<Validator> validators;

    SchemaValidator(Schema schema, String rootName) {
        this.schema = schema;
        this.rootName = rootName;
        this.validators = ThreadLocal.withInitial(() -> harden(schema.newValidator()));
    }

    /** The local name (in the SPG namespace) of the element this validator accepts. */
    public String rootName() {
        return this.rootName;
    }

    public void validate(Element element) throws SchemaViolationException {
        validate(element, 0);
    }

    /**
     * As {@link #validate(Element)}, for an element of a document of
     * {@code documentBytes}.
     */
    public void validate(Element element, int documentBytes) throws SchemaViolationException {
        if (!SpgNamespaces.SPG.equals(element.getNamespaceURI()) || !this.rootName.equals(element.getLocalName())) {
            throw new SchemaViolationException("root-element", "expected {" + SpgNamespaces.SPG + "}" + this.rootName
                    + " but found {" + element.getNamespaceURI() + "}" + element.getLocalName());
        }
        Validator validator = (documentBytes < CACHED_BELOW_BYTES) ? this.validators.get()
                : harden(this.schema.newValidator());
        try {
            validator.validate(new DOMSource(element));
        }
        catch (SAXParseException ex) {
            throw violation(ex.getMessage());
        }
        catch (SAXException | IOException ex) {
            throw violation(String.valueOf(ex.getMessage()));
        }
    }

    private static SchemaViolationException violation(String message) {
        String safe = QUOTED_VALUE.matcher(message).replaceAll("[redacted]");
        int colon = safe.indexOf(':');
        String rule = (colon > 0 && colon < 60) ? safe.substring(0, colon).trim() : "schema";
        String detail = (colon > 0 && colon < 60) ? safe.substring(colon + 1).trim() : safe;
        return new SchemaViolationException(rule, detail);
    }

    private static Validator harden(Validator validator) {
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        }
        catch (SAXNotRecognizedException | SAXNotSupportedException ex) {
            throw new IllegalStateException("cannot harden the validator", ex);
        }
        validator.setErrorHandler(FirstErrorHandler.INSTANCE);
        validator.setResourceResolver(RefusingResolver.INSTANCE);
        return validator;
    }

    /** Stops at the first error: a partly valid document is an invalid document. */
    private static final class FirstErrorHandler implements ErrorHandler {

        static final FirstErrorHandler INSTANCE = new FirstErrorHandler();

        @Override
        public void warning(SAXParseException ex) {
        }

        @Override
        public void error(SAXParseException ex) throws SAXException {
            throw ex;
        }

        @Override
        public void fatalError(SAXParseException ex) throws SAXException {
            throw ex;
        }

    }

    /** Validation never fetches anything. */
    private static final class RefusingResolver implements LSResourceResolver {

        static final RefusingResolver INSTANCE = new RefusingResolver();

        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId,
                String baseUri) {
            throw new IllegalArgumentException("validation does not load external resources");
        }

    }

}
