package uk.gov.justice.ppg.gateway.partner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import uk.gov.justice.ppg.gateway.security.SignatureProfile;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SchemaVersion;

/**
 * Reads the partner directory from YAML and refuses a directory that is inconsistent:
 * unknown bodies, versions or profiles, party codes claimed twice, certificate subjects
 * shared between partners, permits naming unknown receivers, or a channel without the
 * endpoint it needs (or an inbox with one). A refused directory never replaces the one in
 * use.
 */
final class PartnerDirectoryLoader {

    private PartnerDirectoryLoader() {
    }

    public static PartnerDirectory load(InputStream yaml) throws IOException {
        return load(DirectoryFile.read(yaml));
    }

    /** The directory a file describes, if it is consistent. */
    static PartnerDirectory load(DirectoryFile file) {
        require(file.partners() != null && !file.partners().isEmpty(), "no partners");
        List<Partner> partners = new ArrayList<>();
        for (DirectoryFile.PartnerEntry entry : file.partners()) {
            partners.add(toPartner(entry));
        }
        checkUnique(partners);
        PartnerDirectory directory = new PartnerDirectory(partners);
        checkReceiversKnown(directory);
        return directory;
    }

    private static Partner toPartner(DirectoryFile.PartnerEntry entry) {
        require(entry.id() != null && entry.id().matches("[a-z0-9][a-z0-9-]{0,31}"), "bad partner id: " + entry.id());
        require(entry.partyCodes() != null && !entry.partyCodes().isEmpty(), entry.id() + ": no party codes");
        SchemaVersion version = SchemaVersion.fromWire(entry.schemaVersion())
            .orElseThrow(() -> new IllegalArgumentException(entry.id() + ": unknown schema version"));
        SignatureProfile profile = SignatureProfile
            .fromName(Optional.ofNullable(entry.signatureProfile()).orElse("strict"))
            .orElseThrow(() -> new IllegalArgumentException(entry.id() + ": unknown signature profile"));
        Map<MessageBody, Set<String>> permits = new EnumMap<>(MessageBody.class);
        Optional.ofNullable(entry.permits())
            .orElse(Map.of())
            .forEach((body, receivers) -> permits.put(permitted(entry.id(), body), Set.copyOf(receivers)));
        Channel channel = Channel.fromFileName(Optional.ofNullable(entry.channel()).orElse("soap"))
            .orElseThrow(() -> new IllegalArgumentException(entry.id() + ": unknown channel " + entry.channel()));
        require(channel != Channel.INBOX || entry.endpoint() == null,
                entry.id() + ": an inbox partner has no endpoint");
        require(channel != Channel.JSON || entry.endpoint() != null, entry.id() + ": a json partner needs an endpoint");
        return new Partner(entry.id(), entry.organisation(), new LinkedHashSet<>(entry.partyCodes()),
                new X500Principal(entry.tlsSubject()), new X500Principal(entry.signingSubject()), version, profile,
                entry.enabled() == null || entry.enabled(), Optional.ofNullable(entry.endpoint()).map(URI::create),
                Map.copyOf(permits), Boolean.TRUE.equals(entry.acceptsTest()), channel,
                Optional.ofNullable(entry.rotation()).map((rotation) -> rotation(entry.id(), rotation)));
    }

    private static Partner.Rotation rotation(String partnerId, DirectoryFile.RotationEntry entry) {
        require(entry.tlsSubject() != null || entry.signingSubject() != null,
                partnerId + ": a rotation names a previous tls-subject or signing-subject");
        Instant until;
        try {
            until = Instant.parse(String.valueOf(entry.until()));
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(
                    "partner directory refused: " + partnerId + ": a rotation's until is an ISO-8601 instant");
        }
        return new Partner.Rotation(Optional.ofNullable(entry.tlsSubject()).map(X500Principal::new),
                Optional.ofNullable(entry.signingSubject()).map(X500Principal::new), until);
    }

    private static MessageBody permitted(String partnerId, String name) {
        MessageBody body = MessageBody.fromLocalName(name)
            .orElseThrow(() -> new IllegalArgumentException(partnerId + ": unknown body " + name));
        require(!body.gatewayOnly(), partnerId + ": " + name + " is written by the gateway only");
        return body;
    }

    private static void checkUnique(List<Partner> partners) {
        Set<Object> seen = new HashSet<>();
        for (Partner partner : partners) {
            require(seen.add("id:" + partner.id()), "partner id listed twice: " + partner.id());
            require(seen.add(partner.tlsSubject()), partner.id() + ": TLS subject shared with another partner");
            require(seen.add(partner.signingSubject()), partner.id() + ": signing subject shared with another partner");
            partner.rotation()
                .flatMap(Partner.Rotation::tlsSubject)
                .ifPresent((subject) -> require(seen.add(subject),
                        partner.id() + ": previous TLS subject is in use, by it or another partner"));
            partner.rotation()
                .flatMap(Partner.Rotation::signingSubject)
                .ifPresent((subject) -> require(seen.add(subject),
                        partner.id() + ": previous signing subject is in use, by it or another partner"));
            partner.partyCodes()
                .forEach((code) -> require(seen.add("code:" + code), "party code claimed twice: " + code));
        }
    }

    private static void checkReceiversKnown(PartnerDirectory directory) {
        for (Partner partner : directory.partners()) {
            partner.permits()
                .values()
                .forEach((receivers) -> receivers.forEach((code) -> require(directory.byPartyCode(code).isPresent(),
                        partner.id() + ": permits unknown receiver " + code)));
        }
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("partner directory refused: " + problem);
        }
    }

}
