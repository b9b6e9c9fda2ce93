package uk.gov.justice.ppg.schemas;

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

    public static java.util.Optional<SoapVersion> forNamespace(String namespace) {
        return java.util.Arrays.stream(values()).filter((v) -> v.namespace.equals(namespace)).findFirst();
    }

}
