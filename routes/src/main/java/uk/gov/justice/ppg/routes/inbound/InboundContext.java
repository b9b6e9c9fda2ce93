package uk.gov.justice.ppg.routes.inbound;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import uk.gov.justice.ppg.routes.support.ExchangeProperties;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SoapVersion;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Everything one inbound request has established so far. Each step of the inbound route
 * adds what it proved; a later step only reads what an earlier one set. Nothing in it
 * comes from Camel headers.
 */
public final class InboundContext {

    private final String messageId;

    private final Instant receivedAt;

    private final List<X509Certificate> tlsChain;

    private final String contentType;

    private byte[] request;

    private String requestSha256;

    private int requestLength;

    private SoapVersion soapVersion = SoapVersion.SOAP_12;

    private Document envelope;

    private Element interchangeElement;

    private VerifiedSigner signer;

    private SchemaVersion schemaVersion;

    private InterchangeView interchange;

    private SoapReply reply;

    private boolean duplicate;

    public InboundContext(String messageId, Instant receivedAt, List<X509Certificate> tlsChain, String contentType) {
        this.messageId = messageId;
        this.receivedAt = receivedAt;
        this.tlsChain = List.copyOf(tlsChain);
        this.contentType = contentType;
    }

    /** The request's HTTP Content-Type, as sent, if any. */
    public Optional<String> contentType() {
        return Optional.ofNullable(this.contentType);
    }

    public static InboundContext of(Exchange exchange) {
        return exchange.getProperty(ExchangeProperties.INBOUND_CONTEXT, InboundContext.class);
    }

    /** The gateway's own identifier for this request, used in logs and audit records. */
    public String messageId() {
        return this.messageId;
    }

    public Instant receivedAt() {
        return this.receivedAt;
    }

    public List<X509Certificate> tlsChain() {
        return this.tlsChain;
    }

    public Optional<X509Certificate> tlsCertificate() {
        return this.tlsChain.isEmpty() ? Optional.empty() : Optional.of(this.tlsChain.get(0));
    }

    /** The TLS client's subject DN, as audit records name it. */
    public Optional<String> tlsSubject() {
        return tlsCertificate().map((tls) -> tls.getSubjectX500Principal().getName());
    }

    /** The request's bytes, until {@link #releaseRequest()}; null before admission. */
    public byte[] request() {
        return this.request;
    }

    public void request(byte[] request) {
        this.request = request;
        this.requestLength = request.length;
    }

    /** How many bytes the request had, after {@link #releaseRequest()} too. */
    public int requestLength() {
        return this.requestLength;
    }

    /**
     * Drops the request's bytes once a DOM stands for them, so a large request is not
     * held twice while it is verified, validated and stored; its hash stays for the audit
     * record of a refusal.
     */
    public void releaseRequest() {
        this.requestSha256 = requestSha256().orElse(null);
        this.request = null;
    }

    /** The hex SHA-256 of the request as read, once it has been read. */
    public Optional<String> requestSha256() {
        if (this.request == null) {
            return Optional.ofNullable(this.requestSha256);
        }
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.request)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from the platform", ex);
        }
    }

    public SoapVersion soapVersion() {
        return this.soapVersion;
    }

    public Document envelope() {
        return this.envelope;
    }

    /**
     * Set by the guard once the request is a well-formed SOAP envelope holding one
     * element in its Body.
     */
    public void envelope(SoapVersion version, Document envelope, Element interchangeElement) {
        this.soapVersion = version;
        this.envelope = envelope;
        this.interchangeElement = interchangeElement;
    }

    /**
     * The single child of the SOAP Body: the element the signature must cover and the
     * gateway routes.
     */
    public Element interchangeElement() {
        return this.interchangeElement;
    }

    public Optional<VerifiedSigner> signer() {
        return Optional.ofNullable(this.signer);
    }

    public void signer(VerifiedSigner signer) {
        this.signer = signer;
    }

    public Optional<InterchangeView> interchange() {
        return Optional.ofNullable(this.interchange);
    }

    public SchemaVersion schemaVersion() {
        return this.schemaVersion;
    }

    /**
     * Set by validation: the interchange is schema-valid in {@code version} and keeps the
     * envelope rules.
     */
    public void interchange(SchemaVersion version, InterchangeView interchange) {
        this.schemaVersion = version;
        this.interchange = interchange;
    }

    public Optional<SoapReply> reply() {
        return Optional.ofNullable(this.reply);
    }

    public void reply(SoapReply reply, boolean duplicate) {
        this.reply = reply;
        this.duplicate = duplicate;
    }

    /**
     * Whether the reply repeats the one given to an earlier interchange with the same
     * control reference.
     */
    public boolean duplicate() {
        return this.duplicate;
    }

}
