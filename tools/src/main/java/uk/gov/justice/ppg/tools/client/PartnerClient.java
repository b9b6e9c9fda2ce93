package uk.gov.justice.ppg.tools.client;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.schemas.xml.SecureXml;
import uk.gov.justice.ppg.schemas.xml.XmlRejectedException;

/**
 * A partner as the example PKI sets it up: its TLS certificate, its signing key and the
 * gateway's address.
 */
public final class PartnerClient {

    private final URI endpoint;

    private final SoapSigner signer;

    private final SpgHttpClient http;

    public PartnerClient(URI endpoint, SoapSigner signer, SpgHttpClient http) {
        this.endpoint = endpoint;
        this.signer = signer;
        this.http = http;
    }

    /** A client for {@code party} using its own TLS and signing certificates. */
    public static PartnerClient of(PkiLayout pki, ExampleParty party, URI endpoint) {
        return of(pki, party.id() + "-tls", party.id() + "-signing", endpoint);
    }

    /**
     * A client using any two key stores of the example PKI, e.g. a bad signing
     * certificate.
     */
    public static PartnerClient of(PkiLayout pki, String tlsStore, String signingStore, URI endpoint) {
        char[] password = pki.password();
        return new PartnerClient(endpoint, new SoapSigner(pki.load(pki.keyStore(signingStore)), password),
                new SpgHttpClient(pki.load(pki.keyStore(tlsStore)), pki.load(pki.trustStore()), password));
    }

    public Document sign(Document interchange, SigningOptions options) {
        return this.signer.sign(interchange, options);
    }

    public SpgResponse send(Path interchangeFile, SigningOptions options) throws IOException, InterruptedException {
        return send(read(Files.readAllBytes(interchangeFile)), options);
    }

    public SpgResponse send(Document interchange, SigningOptions options) throws IOException, InterruptedException {
        return post(SecureXml.serialize(sign(interchange, options)), options.soap12());
    }

    public SpgResponse post(byte[] envelope, boolean soap12) throws IOException, InterruptedException {
        return this.http.post(this.endpoint, envelope, soap12);
    }

    public URI endpoint() {
        return this.endpoint;
    }

    public SpgHttpClient http() {
        return this.http;
    }

    public static Document read(byte[] xml) {
        try {
            return SecureXml.parse(xml);
        }
        catch (XmlRejectedException ex) {
            throw new IllegalArgumentException("not an interchange", ex);
        }
    }

}
