package uk.gov.justice.ppg.gateway.partner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import uk.gov.justice.ppg.gateway.security.Digests;

/**
 * Keeps this node on the newest directory in the database: seeds version 1 from the file
 * on first start (one node wins if several start at once), and polls for newer versions.
 * A version this node cannot load (an older node during a rolling upgrade, say) is
 * refused once, logged, and the last good directory stays in use.
 */
final class DirectorySync {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySync.class);

    private final DirectoryStore store;

    private final PartnerDirectoryHolder holder;

    private volatile long refused;

    private DirectorySync(DirectoryStore store, PartnerDirectoryHolder holder) {
        this.store = store;
        this.holder = holder;
    }

    /**
     * The directory at start: the database's newest version, the file's content if there
     * is none yet. A file or version that does not load stops the start.
     */
    static DirectorySync start(Path file, DirectoryStore store, Clock clock) {
        String text = read(file);
        String fileDigest = Digests.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
        if (store.newest() == 0) {
            PartnerDirectoryLoader.load(DirectoryFile.read(text));
            boolean seeded = store.insert(new DirectoryStore.Version(1, fileDigest, DirectoryStore.Origin.FILE,
                    clock.instant(), Optional.empty(), "seeded from " + file.getFileName()), text);
            LOG.info(seeded ? "partner directory seeded from {} as version 1"
                    : "partner directory seeded by another node meanwhile; {} not used", file);
        }
        long newest = store.newest();
        DirectoryStore.Version version = store.version(newest).orElseThrow();
        PartnerDirectory directory = PartnerDirectoryLoader
            .load(DirectoryFile.read(store.document(newest).orElseThrow()));
        if (!version.sha256().equals(fileDigest)) {
            LOG.warn("{} differs from partner directory version {}, which is the one in use: import the file "
                    + "through the admin API to apply it (docs/partners.md)", file, newest);
        }
        return new DirectorySync(store, new PartnerDirectoryHolder(directory, newest, version.sha256()));
    }

    PartnerDirectoryHolder holder() {
        return this.holder;
    }

    /** Swaps in a newer version if the database has one that loads. */
    void refresh() {
        long newest = 0;
        try {
            newest = this.store.newest();
            if (newest <= this.holder.inUse().version() || newest == this.refused) {
                return;
            }
            String document = this.store.document(newest).orElseThrow();
            PartnerDirectory directory = PartnerDirectoryLoader.load(DirectoryFile.read(document));
            this.holder.install(directory, newest, Digests.sha256Hex(document.getBytes(StandardCharsets.UTF_8)));
        }
        catch (DataAccessException ex) {
            // the directory in use stays until the database answers again
        }
        catch (IllegalArgumentException ex) {
            this.refused = newest;
            LOG.error("partner directory version {} not loaded on this node, version {} stays in use: {}", this.refused,
                    this.holder.inUse().version(), ex.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read partner directory " + file, ex);
        }
    }

}
