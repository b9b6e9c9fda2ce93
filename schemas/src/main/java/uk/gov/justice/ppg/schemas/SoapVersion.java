package uk.gov.justice.ppg.schemas;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SOAP version of a request; replies and faults use the same one. Each binding has
 * its own media type: SOAP 1.1's is {@code text/xml}, SOAP 1.2's
 * {@code application/soap+xml}.
 */
public enum SoapVersion {

    SOAP_11(SpgNamespaces.SOAP_11, "text/xml"),

    SOAP_12(SpgNamespaces.SOAP_12, "application/soap+xml");

    private final String namespace;

    private final String mediaType;

    SoapVersion(String namespace, String mediaType) {
        this.namespace = namespace;
        this.mediaType = mediaType;
    }

    public String namespace() {
        return this.namespace;
    }

    /** The Content-Type of what the gateway writes in this version. */
    public String contentType() {
        return this.mediaType + "; charset=UTF-8";
    }

    /**
     * Whether an HTTP Content-Type is this binding's media type (parameters such as
     * {@code charset} or SOAP 1.2's {@code action} aside, case-insensitive).
     */
    public boolean carriedBy(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = ((parameters < 0) ? contentType : contentType.substring(0, parameters)).trim();
        return this.mediaType.equalsIgnoreCase(mediaType);
    }

    public static Optional<SoapVersion> forNamespace(String namespace) {
        return Arrays.stream(values()).filter((v) -> v.namespace.equals(namespace)).findFirst();
    }

}
