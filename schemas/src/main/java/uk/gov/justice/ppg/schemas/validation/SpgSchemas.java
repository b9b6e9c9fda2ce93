package uk.gov.justice.ppg.schemas.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.xml.SecureXml;

/**
 * Hands out cached, hardened validators: one compiled schema per version, one validator
 * per (version, root).
 */
public final class SpgSchemas {

    /** Local name of the interchange root element. */
    public static final String INTERCHANGE = "SPGInterchange";

    private static final Map<SchemaVersion, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private static final Map<String, SchemaValidator> VALIDATORS = new ConcurrentHashMap<>();

    private SpgSchemas() {
    }

    /** Validator for a whole {@code SPGInterchange} of the given version. */
    public static SchemaValidator interchange(SchemaVersion version) {
        return validator(version, INTERCHANGE);
    }

    /** Validator for one body, validated on its own as a root element. */
    public static SchemaValidator body(SchemaVersion version, MessageBody body) {
        return validator(version, body.localName());
    }

    /** Validator for the synchronous {@code SPGInterchangeResponse}. */
    public static SchemaValidator response(SchemaVersion version) {
        return validator(version, "SPGInterchangeResponse");
    }

    public static Schema schema(SchemaVersion version) {
        return SCHEMAS.computeIfAbsent(version, SpgSchemas::compile);
    }

    private static SchemaValidator validator(SchemaVersion version, String root) {
        return VALIDATORS.computeIfAbsent(version.wireName() + "/" + root,
                (key) -> new SchemaValidator(schema(version), root));
    }

    private static Schema compile(SchemaVersion version) {
        SchemaFactory factory = SecureXml.schemaFactory();
        factory.setResourceResolver(new ClasspathSchemaResolver());
        String systemId = ClasspathSchemaResolver.SCHEME + version.rootSchema();
        StreamSource source = new StreamSource(ClasspathSchemaResolver.open(systemId), systemId);
        try {
            return factory.newSchema(source);
        }
        catch (SAXException ex) {
            throw new IllegalStateException("schema " + version.wireName() + " does not compile", ex);
        }
    }

}
