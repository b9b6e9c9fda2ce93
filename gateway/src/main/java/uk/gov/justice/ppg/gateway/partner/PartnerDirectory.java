package uk.gov.justice.ppg.gateway.partner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partners, looked up by id, party code, or certificate subject. Immutable: a reload
 * builds a new directory and swaps it in whole.
 */
public final class PartnerDirectory {

    private final Map<String, Partner> byId;

    private final List<Partner> inIdOrder;

    private final Map<String, Partner> byPartyCode;

    public PartnerDirectory(List<Partner> partners) {
        this.byId = partners.stream().collect(Collectors.toUnmodifiableMap(Partner::id, Function.identity()));
        this.inIdOrder = partners.stream().sorted(Comparator.comparing(Partner::id)).toList();
        this.byPartyCode = partners.stream()
            .flatMap((partner) -> partner.partyCodes().stream().map((code) -> Map.entry(code, partner)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The directory a file holds, if it is consistent (as at start). */
    public static PartnerDirectory read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PartnerDirectoryLoader.load(in);
        }
    }

    /** Every partner, in id order. */
    public Collection<Partner> partners() {
        return this.inIdOrder;
    }

    public Optional<Partner> byId(String id) {
        return Optional.ofNullable(this.byId.get(id));
    }

    /** The partner that sends and receives as this party code. */
    public Optional<Partner> byPartyCode(String partyCode) {
        return Optional.ofNullable(this.byPartyCode.get(partyCode));
    }

    /**
     * The partner whose signing certificate this is now: by its current subject, or by
     * the one it had before a rotation while the overlap lasts.
     */
    public Optional<Partner> bySigningCertificate(X509Certificate certificate) {
        Instant now = Instant.now();
        return this.byId.values()
            .stream()
            .filter((partner) -> partner.knownBySigning(certificate.getSubjectX500Principal(), now))
            .findFirst();
    }

    /** The partner whose TLS certificate this is now, as for signing. */
    public Optional<Partner> byTlsCertificate(X509Certificate certificate) {
        Instant now = Instant.now();
        return this.byId.values()
            .stream()
            .filter((partner) -> partner.knownByTls(certificate.getSubjectX500Principal(), now))
            .findFirst();
    }

}
