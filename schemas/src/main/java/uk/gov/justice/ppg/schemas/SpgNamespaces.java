package uk.gov.justice.ppg.schemas;

/** XML namespaces of the SPG wire protocol. */
public final class SpgNamespaces {

    /** The namespace of {@code SPGInterchange} and every body. */
    public static final String SPG = "http://www.justice.gsi.gov.uk/SPG/";

    /** SOAP 1.2 envelope namespace (the default on the wire). */
    public static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

    /** SOAP 1.1 envelope namespace (tolerated). */
    public static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private SpgNamespaces() {
    }

}
