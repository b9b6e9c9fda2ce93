package uk.gov.justice.ppg.schemas.validation;

import java.io.InputStream;
import java.io.Reader;
import java.net.URI;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves {@code xs:include} only to schemas under {@code xsd/spg/} on the classpath;
 * anything else (a URL, a file, a path that climbs out) fails schema compilation.
 */
final class ClasspathSchemaResolver implements LSResourceResolver {

    static final String SCHEME = "classpath:/";

    private static final String ROOT = "xsd/spg/";

    @Override
    public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId, String baseUri) {
        String resolved = resolve(systemId, baseUri);
        return new ClasspathInput(publicId, resolved, open(resolved));
    }

    static String resolve(String systemId, String baseUri) {
        if (systemId == null || baseUri == null || !baseUri.startsWith(SCHEME)) {
            throw new IllegalArgumentException("schema reference outside the classpath: " + systemId);
        }
        URI resolved = URI.create(baseUri).resolve(systemId).normalize();
        String path = resolved.toString();
        if (!path.startsWith(SCHEME + ROOT) || path.contains("..")) {
            throw new IllegalArgumentException("schema reference outside " + ROOT + ": " + systemId);
        }
        return path;
    }

    static InputStream open(String classpathUri) {
        String resource = classpathUri.substring(SCHEME.length());
        InputStream in = ClasspathSchemaResolver.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("schema not on the classpath: " + resource);
        }
        return in;
    }

    private record ClasspathInput(String publicId, String systemId, InputStream byteStream) implements LSInput {

        @Override
        public InputStream getByteStream() {
            return this.byteStream;
        }

        @Override
        public String getSystemId() {
            return this.systemId;
        }

        @Override
        public String getPublicId() {
            return this.publicId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public String getBaseURI() {
            return this.systemId;
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public void setBaseURI(String baseUri) {
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }

    }

}
