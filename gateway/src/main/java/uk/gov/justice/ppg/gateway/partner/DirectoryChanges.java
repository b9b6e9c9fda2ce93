package uk.gov.justice.ppg.gateway.partner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.justice.ppg.gateway.audit.Actor;
import uk.gov.justice.ppg.gateway.audit.AuditEvent;
import uk.gov.justice.ppg.gateway.audit.AuditRecord;
import uk.gov.justice.ppg.gateway.audit.AuditTrail;
import uk.gov.justice.ppg.gateway.audit.Purpose;
import uk.gov.justice.ppg.gateway.security.Digests;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Changes to the directory through the admin API: one partner's entry added or replaced,
 * or a whole file imported. Each is checked by the file's own rules, and may not remove a
 * partner (records name it: disable it instead). An accepted change is the next version,
 * written with its audit record (before and after hashes, what changed, who and why) in
 * one transaction, and in use on this node at once and on the others within a poll.
 */
public final class DirectoryChanges {

    private final DirectoryStore store;

    private final PartnerDirectoryHolder holder;

    private final AuditTrail audit;

    private final TransactionTemplate transactions;

    private final Clock clock;

    DirectoryChanges(DirectoryStore store, PartnerDirectoryHolder holder, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.holder = holder;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * What a change did.
     *
     * @param version the version in use after it
     * @param sha256 that version's digest
     * @param changed false if it asked for what the directory already said
     * @param summary what changed, by partner
     */
    public record Applied(long version, String sha256, boolean changed, String summary) {
    }

    /** Adds the partner, or replaces its entry. */
    public Applied putPartner(String partnerId, Map<String, Object> entry, Optional<Long> basedOn, String reason,
            Actor actor) throws GatewayException {
        DirectoryFile.PartnerEntry wanted = refusing(() -> DirectoryFile.entry(entry));
        if (!partnerId.equals(wanted.id())) {
            throw refused("the entry's id is not " + partnerId);
        }
        long base = base(basedOn);
        DirectoryFile current = DirectoryFile.read(this.store.document(base).orElseThrow());
        List<DirectoryFile.PartnerEntry> partners = new ArrayList<>(current.partners());
        partners.replaceAll((partner) -> partner.id().equals(partnerId) ? wanted : partner);
        if (!partners.contains(wanted)) {
            partners.add(wanted);
        }
        DirectoryFile next = new DirectoryFile(partners);
        return apply(base, current, next, next.write(), DirectoryStore.Origin.CHANGE, Optional.of(partnerId), reason,
                actor);
    }

    /** Replaces the whole directory with a file's. */
    public Applied importFile(String document, Optional<Long> basedOn, String reason, Actor actor)
            throws GatewayException {
        DirectoryFile next = refusing(() -> DirectoryFile.read(document));
        long base = base(basedOn);
        DirectoryFile current = DirectoryFile.read(this.store.document(base).orElseThrow());
        return apply(base, current, next, document, DirectoryStore.Origin.IMPORT, Optional.empty(), reason, actor);
    }

    /**
     * A version's document in the file format: the one in use unless a version is given.
     */
    public Optional<String> export(Optional<Long> version) {
        return this.store.document(version.orElse(this.holder.inUse().version()));
    }

    /** The directory in use: its version, who wrote it and why, and its entries. */
    public Map<String, Object> view() {
        long inUse = this.holder.inUse().version();
        Map<String, Object> view = describe(this.store.version(inUse).orElseThrow());
        view.put("partners", DirectoryFile.read(this.store.document(inUse).orElseThrow()).entries());
        return view;
    }

    /** The newest versions first, without their documents. */
    public List<Map<String, Object>> history(int limit) {
        return this.store.history(limit).stream().map(DirectoryChanges::describe).toList();
    }

    private Applied apply(long base, DirectoryFile current, DirectoryFile next, String document,
            DirectoryStore.Origin origin, Optional<String> partnerId, String reason, Actor actor)
            throws GatewayException {
        String summary = refusing(() -> DirectoryDiff.between(current, next));
        PartnerDirectory directory = refusing(() -> PartnerDirectoryLoader.load(next));
        String before = this.store.version(base).orElseThrow().sha256();
        if (next.equals(current)) {
            return new Applied(base, before, false, summary);
        }
        String after = Digests.sha256Hex(document.getBytes(StandardCharsets.UTF_8));
        long version = base + 1;
        boolean written = Boolean.TRUE.equals(this.transactions.execute((status) -> {
            if (!this.store.insert(new DirectoryStore.Version(version, after, origin, this.clock.instant(),
                    Optional.of(actor), reason), document)) {
                return false;
            }
            AuditRecord.Builder record = AuditRecord
                .builder(AuditEvent.PARTNER_DIRECTORY_CHANGED, AuditRecord.Outcome.CHANGED)
                .purpose(Purpose.OVERSIGHT)
                .actor(actor)
                .payloadSha256(after)
                .reason(origin.name(), clip("version " + base + " (" + before.substring(0, 12) + ") -> " + version
                        + " (" + after.substring(0, 12) + "): " + summary + ": " + reason));
            partnerId.ifPresent(record::partner);
            this.audit.append(record);
            return true;
        }));
        if (!written) {
            throw new GatewayException(GatewayErrorCode.DIRECTORY_CHANGED_MEANWHILE,
                    "version " + version + " was written by another change first");
        }
        this.holder.install(directory, version, after);
        return new Applied(version, after, true, summary);
    }

    private long base(Optional<Long> basedOn) throws GatewayException {
        long newest = this.store.newest();
        if (basedOn.isPresent() && basedOn.get() != newest) {
            throw new GatewayException(GatewayErrorCode.DIRECTORY_CHANGED_MEANWHILE,
                    "based on version " + basedOn.get() + ", the newest is " + newest);
        }
        return newest;
    }

    private static Map<String, Object> describe(DirectoryStore.Version version) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", version.version());
        view.put("sha256", version.sha256());
        view.put("origin", version.origin().name());
        view.put("changedAt", version.changedAt().toString());
        view.put("changedBy", version.actor().map(Actor::shortName).orElse(null));
        view.put("reason", version.reason());
        return view;
    }

    private static String clip(String detail) {
        return (detail.length() <= 500) ? detail : detail.substring(0, 499) + "…";
    }

    private static <T> T refusing(Refusable<T> step) throws GatewayException {
        try {
            return step.get();
        }
        catch (IllegalArgumentException ex) {
            throw refused(ex.getMessage());
        }
    }

    private static GatewayException refused(String why) {
        return new GatewayException(GatewayErrorCode.DIRECTORY_CHANGE_REFUSED, why);
    }

    @FunctionalInterface
    private interface Refusable<T> {

        T get();

    }

}
