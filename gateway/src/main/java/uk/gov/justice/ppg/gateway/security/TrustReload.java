package uk.gov.justice.ppg.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trust store and the CRLs as they are now on disk, looked at with the key stores
 * ({@link KeyMaterialReload}): a changed file that loads is swapped in whole and handed
 * to the certificate policy, the partner port's TLS and the outbound client, without a
 * restart, so a CRL published every day needs no restart. A replacement that does not
 * load, or that would put an issuer's CRL back to an older one than in use, is refused in
 * the log and the trust in use stays.
 */
public final class TrustReload implements Supplier<TrustMaterial> {

    private static final Logger LOG = LoggerFactory.getLogger(TrustReload.class);

    private final Path trustStore;

    private final Path crls;

    private final String password;

    private final List<Consumer<TrustReload>> listeners = new CopyOnWriteArrayList<>();

    private volatile TrustMaterial current;

    private volatile KeyStore store;

    private volatile String digest;

    TrustReload(Path trustStore, Path crls, String password) {
        this.trustStore = trustStore;
        this.crls = crls;
        this.password = password;
        this.current = TrustMaterial.load(trustStore, password.toCharArray(), crls);
        this.store = KeyStores.load(trustStore, password);
        this.digest = digest();
    }

    /** The trust in use. */
    @Override
    public TrustMaterial get() {
        return this.current;
    }

    /** The trust store in use, for TLS. */
    public KeyStore trustStore() {
        return this.store;
    }

    /** Calls the listener after each replacement. */
    public void onReplace(Consumer<TrustReload> listener) {
        this.listeners.add(listener);
    }

    /** Swaps in the files if they changed and load. */
    public void check() {
        String now;
        try {
            now = digest();
        }
        catch (UncheckedIOException ex) {
            LOG.warn("trust store or CRL file unreadable; the trust in use stays");
            return;
        }
        if (now.equals(this.digest)) {
            return;
        }
        this.digest = now;
        TrustMaterial replacement;
        KeyStore replacementStore;
        try {
            replacement = TrustMaterial.load(this.trustStore, this.password.toCharArray(), this.crls);
            replacementStore = KeyStores.load(this.trustStore, this.password);
        }
        catch (RuntimeException ex) {
            LOG.error("trust store or CRLs changed but do not load ({}); the trust in use stays",
                    ex.getClass().getSimpleName());
            return;
        }
        for (X509CRL crl : replacement.crls()) {
            for (X509CRL inUse : this.current.crls()) {
                if (inUse.getIssuerX500Principal().equals(crl.getIssuerX500Principal())
                        && crl.getThisUpdate().before(inUse.getThisUpdate())) {
                    LOG.error("the new CRL of {} is older than the one in use; the trust in use stays",
                            CertificateNames.commonName(crl.getIssuerX500Principal().getName()));
                    return;
                }
            }
        }
        this.current = replacement;
        this.store = replacementStore;
        LOG.info("trust store and CRLs replaced without a restart ({} CAs, {} CRLs)",
                replacement.anchors().size() + replacement.intermediates().size(), replacement.crls().size());
        for (Consumer<TrustReload> listener : this.listeners) {
            try {
                listener.accept(this);
            }
            catch (RuntimeException ex) {
                LOG.error("a user of the trust failed to take the replacement ({})", ex.getClass().getName());
            }
        }
    }

    private String digest() {
        try {
            return Digests.sha256Hex(Files.readAllBytes(this.trustStore))
                    + Digests.sha256Hex(Files.readAllBytes(this.crls));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
