package uk.gov.justice.ppg.gateway.partner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Supplier;

import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.gateway.security.SigningPartners;

/**
 * The directory in use, read from its file at start. It is immutable while the gateway
 * runs: changing it live is the operators' API (a later issue), which will swap in a new
 * directory only if it is consistent, as {@link PartnerDirectoryLoader} checks now. It
 * also tells verification whose a signing certificate is.
 */
public final class PartnerDirectoryHolder implements Supplier<PartnerDirectory>, SigningPartners {

    private final PartnerDirectory directory;

    private final String digest;

    public PartnerDirectoryHolder(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            this.directory = PartnerDirectoryLoader.load(new ByteArrayInputStream(bytes));
            this.digest = Digests.sha256Hex(bytes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read partner directory " + file, ex);
        }
    }

    @Override
    public PartnerDirectory get() {
        return this.directory;
    }

    @Override
    public Optional<Signer> bySigningCertificate(X509Certificate certificate) {
        return get().bySigningCertificate(certificate)
            .map((partner) -> new Signer(partner.id(), partner.signatureProfile()));
    }

    /**
     * SHA-256 of the directory file as last loaded: what the audit record of the load
     * names.
     */
    public String digest() {
        return this.digest;
    }

}
