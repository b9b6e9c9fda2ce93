package uk.gov.justice.ppg.gateway.validation;

import java.util.function.Supplier;

import org.w3c.dom.Element;

import uk.gov.justice.ppg.gateway.ids.GatewayControlReferences;
import uk.gov.justice.ppg.gateway.partner.Partner;
import uk.gov.justice.ppg.gateway.partner.PartnerDirectory;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.routes.inbound.InboundContext;
import uk.gov.justice.ppg.routes.inbound.InboundPorts;
import uk.gov.justice.ppg.schemas.SchemaVersion;
import uk.gov.justice.ppg.schemas.SpgNamespaces;
import uk.gov.justice.ppg.schemas.envelope.EnvelopeRules;
import uk.gov.justice.ppg.schemas.envelope.EnvelopeViolationException;
import uk.gov.justice.ppg.schemas.envelope.InterchangeReader;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;
import uk.gov.justice.ppg.schemas.validation.SchemaViolationException;
import uk.gov.justice.ppg.schemas.validation.SpgSchemas;

/**
 * The signed Body must hold an {@code SPGInterchange} (by QName, never by prefix) in the
 * version the signing partner is pinned to, valid against that version's schema and
 * keeping every envelope rule.
 */
final class InterchangeValidation implements InboundPorts.Validation {

    private static final String SCHEMA_VERSION = "SchemaVersion";

    private final Supplier<PartnerDirectory> directory;

    InterchangeValidation(Supplier<PartnerDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public void validate(InboundContext context) throws GatewayException {
        Element interchange = context.interchangeElement();
        if (!SpgNamespaces.SPG.equals(interchange.getNamespaceURI())
                || !SpgSchemas.INTERCHANGE.equals(interchange.getLocalName())) {
            throw new GatewayException(GatewayErrorCode.WRONG_NAMESPACE,
                    "Body does not hold {" + SpgNamespaces.SPG + "}SPGInterchange");
        }
        SchemaVersion pinned = signingPartner(context).schemaVersion();
        SchemaVersion version = declaredVersion(interchange, pinned);
        try {
            SpgSchemas.interchange(version).validate(interchange, context.requestLength());
        }
        catch (SchemaViolationException ex) {
            throw new GatewayException(GatewayErrorCode.SCHEMA_INVALID, ex.getMessage());
        }
        InterchangeView view = InterchangeReader.read(interchange);
        try {
            EnvelopeRules.check(view);
        }
        catch (EnvelopeViolationException ex) {
            throw new GatewayException(GatewayErrorCode.ENVELOPE_INCONSISTENT, ex.rule().name());
        }
        if (GatewayControlReferences.reserved(view.senderControlReference())) {
            throw new GatewayException(GatewayErrorCode.CONTROL_REFERENCE_RESERVED,
                    "SenderControlReference lies in the gateway's own range");
        }
        context.interchange(version, view);
    }

    /**
     * A missing version attribute is left to the schema (of the pinned version) to
     * refuse.
     */
    private static SchemaVersion declaredVersion(Element interchange, SchemaVersion pinned) throws GatewayException {
        if (!interchange.hasAttributeNS(null, SCHEMA_VERSION)) {
            return pinned;
        }
        SchemaVersion declared = SchemaVersion.fromWire(interchange.getAttributeNS(null, SCHEMA_VERSION))
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.SCHEMA_VERSION_UNSUPPORTED,
                    "SchemaVersion is not a live version"));
        if (declared != pinned) {
            throw new GatewayException(GatewayErrorCode.SCHEMA_VERSION_NOT_PINNED,
                    "declared " + declared.wireName() + ", partner pinned to " + pinned.wireName());
        }
        return declared;
    }

    private Partner signingPartner(InboundContext context) throws GatewayException {
        String partnerId = context.signer()
            .orElseThrow(() -> new IllegalStateException("validation before verification"))
            .partnerId();
        return this.directory.get()
            .byId(partnerId)
            .orElseThrow(
                    () -> new GatewayException(GatewayErrorCode.UNKNOWN_SIGNER, "signing partner left the directory"));
    }

}
