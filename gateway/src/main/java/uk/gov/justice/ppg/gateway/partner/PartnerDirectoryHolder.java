package uk.gov.justice.ppg.gateway.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The directory in use. {@link #reload()} reads the file again and swaps the new
 * directory in only if it is consistent; a bad file leaves the last good directory in
 * place.
 */
public final class PartnerDirectoryHolder implements Supplier<PartnerDirectory> {

    private final Path file;

    private final AtomicReference<PartnerDirectory> current = new AtomicReference<>();

    private volatile String digest;

    public PartnerDirectoryHolder(Path file) {
        this.file = file;
        this.current.set(read());
    }

    @Override
    public PartnerDirectory get() {
        return this.current.get();
    }

    /**
     * Reloads the directory file; throws (and keeps the current directory) if it is
     * unreadable or inconsistent.
     */
    public PartnerDirectory reload() {
        PartnerDirectory next = read();
        this.current.set(next);
        return next;
    }

    /**
     * SHA-256 of the directory file as last loaded: what the audit record of the load
     * names.
     */
    public String digest() {
        return this.digest;
    }

    private PartnerDirectory read() {
        try (InputStream in = Files.newInputStream(this.file)) {
            byte[] bytes = in.readAllBytes();
            PartnerDirectory directory = PartnerDirectoryLoader.load(new java.io.ByteArrayInputStream(bytes));
            this.digest = uk.gov.justice.ppg.gateway.security.Digests.sha256Hex(bytes);
            return directory;
        }

        catch (IOException ex) {
            throw new UncheckedIOException("cannot read partner directory " + this.file, ex);
        }
    }

}
