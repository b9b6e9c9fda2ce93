package uk.gov.justice.ppg.gateway.partner;

import java.security.cert.X509Certificate;
import java.util.function.Predicate;
import java.util.function.Supplier;

import uk.gov.justice.ppg.gateway.security.CertificateExpiry;
import uk.gov.justice.ppg.gateway.security.CertificatePolicy;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Authorises an interchange against the directory: the signing partner is enabled, the
 * TLS client certificate is that same partner's and passes the certificate policy, its
 * intake is not switched off, the partner may send as the SenderIdentity, and may send
 * each body to the receiver.
 */
final class DirectoryAuthorisation implements InboundPorts.Authorisation {

    private final Supplier<PartnerDirectory> directory;

    private final Predicate<String> intakeOff;

    private final CertificatePolicy certificates;

    private final CertificateExpiry presented;

    DirectoryAuthorisation(Supplier<PartnerDirectory> directory, Predicate<String> intakeOff,
            CertificatePolicy certificates, CertificateExpiry presented) {
        this.directory = directory;
        this.intakeOff = intakeOff;
        this.certificates = certificates;
        this.presented = presented;
    }

    @Override
    public void authorise(InboundContext context) throws GatewayException {
        PartnerDirectory partners = this.directory.get();
        String partnerId = context.signer().orElseThrow(() -> new IllegalStateException("not verified")).partnerId();
        Partner partner = partners.byId(partnerId)
            .orElseThrow(
                    () -> new GatewayException(GatewayErrorCode.UNKNOWN_SIGNER, "signing partner left the directory"));
        if (!partner.enabled()) {
            throw new GatewayException(GatewayErrorCode.PARTNER_DISABLED, "partner " + partner.id() + " is disabled");
        }
        checkTransport(context, partners, partner);
        if (this.intakeOff.test(partner.id())) {
            throw new GatewayException(GatewayErrorCode.PARTNER_INTAKE_SWITCHED_OFF,
                    "partner " + partner.id() + " intake switched off");
        }
        InterchangeView view = context.interchange().orElseThrow(() -> new IllegalStateException("not validated"));
        if (!partner.sendsAs(view.sender())) {
            throw new GatewayException(GatewayErrorCode.SENDER_NOT_PERMITTED,
                    "partner " + partner.id() + " may not send as " + view.sender());
        }
        if (partners.byPartyCode(view.receiver()).isEmpty()) {
            throw new GatewayException(GatewayErrorCode.RECEIVER_NOT_PERMITTED,
                    "receiver " + view.receiver() + " is not in the directory");
        }
        for (MessageBody body : view.bodies()) {
            if (!partner.maySend(body)) {
                throw new GatewayException(GatewayErrorCode.MESSAGE_TYPE_NOT_PERMITTED,
                        partner.id() + " may not send " + body.localName());
            }
            if (!partner.maySend(body, view.receiver())) {
                throw new GatewayException(GatewayErrorCode.RECEIVER_NOT_PERMITTED,
                        partner.id() + " may not send " + body.localName() + " to " + view.receiver());
            }
        }
        context.tlsCertificate().ifPresent((tls) -> this.presented.seen("partner-tls", tls));
        this.presented.seen("partner-signing", context.signer().orElseThrow().certificate());
    }

    private void checkTransport(InboundContext context, PartnerDirectory partners, Partner signer)
            throws GatewayException {
        X509Certificate tls = context.tlsCertificate()
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.CLIENT_CERTIFICATE_MISSING,
                    "no TLS client certificate"));
        this.certificates.check(tls);
        Partner connected = partners.byTlsCertificate(tls)
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.TLS_SIGNER_MISMATCH,
                    "TLS certificate belongs to no partner"));
        if (!connected.id().equals(signer.id())) {
            throw new GatewayException(GatewayErrorCode.TLS_SIGNER_MISMATCH,
                    "TLS partner " + connected.id() + " differs from signing partner " + signer.id());
        }
    }

}
