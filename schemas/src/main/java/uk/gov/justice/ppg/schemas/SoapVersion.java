package uk.gov.justice.ppg.schemas;

import java.util.Arrays;
import java.util.Optional;

/** The SOAP version of a request; replies and faults use the same one. */
public enum SoapVersion {

    SOAP_11(SpgNamespaces.SOAP_11, "text/xml; charset=UTF-8"),

    SOAP_12(SpgNamespaces.SOAP_12, "application/soap+xml; charset=UTF-8");

    private final String namespace;

    private final String contentType;

    SoapVersion(String namespace, String contentType) {
        this.namespace = namespace;
        this.contentType = contentType;
    }

    public String namespace() {
        return this.namespace;
    }

    public String contentType() {
        return this.contentType;
    }

    public static Optional<SoapVersion> forNamespace(String namespace) {
        return Arrays.stream(values()).filter((v) -> v.namespace.equals(namespace)).findFirst();
    }

}
