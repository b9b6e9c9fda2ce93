package uk.gov.justice.ppg.gateway.partner;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.justice.ppg.gateway.security.SigningPartners;

/**
 * The directory in use on this node: the newest version in the database that this node
 * could load, swapped in whole (ADR 0027). Whatever depends on the set of partners rather
 * than on one look-up (the delivery routes, say) listens for the swap. It also tells
 * verification whose a signing certificate is.
 */
public final class PartnerDirectoryHolder implements Supplier<PartnerDirectory>, SigningPartners {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerDirectoryHolder.class);

    private volatile InUse inUse;

    private final List<Consumer<PartnerDirectory>> listeners = new CopyOnWriteArrayList<>();

    PartnerDirectoryHolder(PartnerDirectory directory, long version, String digest) {
        this.inUse = new InUse(directory, version, digest);
    }

    /**
     * The directory in the database behind {@code jdbc} (seeded from the file if it has
     * none), for a command that runs without the gateway's scheduled chores: it is not
     * refreshed.
     */
    public static PartnerDirectoryHolder fromDatabase(Path file, JdbcTemplate jdbc, Clock clock) {
        return DirectorySync.start(file, new DirectoryStore(jdbc), clock).holder();
    }

    /**
     * The directory in use with its version.
     *
     * @param directory the partners
     * @param version its version in the database
     * @param digest hex SHA-256 of its document
     */
    public record InUse(PartnerDirectory directory, long version, String digest) {
    }

    @Override
    public PartnerDirectory get() {
        return this.inUse.directory();
    }

    public InUse inUse() {
        return this.inUse;
    }

    /** SHA-256 of the directory's document as last loaded: what audit records name. */
    public String digest() {
        return this.inUse.digest();
    }

    /** Calls the listener with every directory swapped in from now on. */
    public void onChange(Consumer<PartnerDirectory> listener) {
        this.listeners.add(listener);
    }

    @Override
    public Optional<Signer> bySigningCertificate(X509Certificate certificate) {
        return get().bySigningCertificate(certificate)
            .map((partner) -> new Signer(partner.id(), partner.signatureProfile()));
    }

    /** Swaps a newer version in; an older or the same one changes nothing. */
    synchronized void install(PartnerDirectory directory, long version, String digest) {
        if (version <= this.inUse.version()) {
            return;
        }
        this.inUse = new InUse(directory, version, digest);
        LOG.info("partner directory version {} in use ({} partners)", version, directory.partners().size());
        for (Consumer<PartnerDirectory> listener : this.listeners) {
            try {
                listener.accept(directory);
            }
            catch (RuntimeException ex) {
                LOG.error("partner directory version {}: a listener failed ({})", version, ex.getClass().getName());
            }
        }
    }

}
