package uk.gov.justice.ppg.gateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything under {@code gateway.*}. Secrets never appear here as values: the key store
 * password arrives from a mounted config tree (see application.yml).
 *
 * @param nodeId this node's name in audit records
 * @param partnersFile the partner directory (YAML)
 * @param pki trust store, revocation lists and the gateway's own key stores
 * @param inbound the SOAP endpoint and its XML limits
 * @param security WS-Security time window
 * @param delivery queues and expiry
 * @param audit the disclosure log
 * @param housekeeping the intervals of periodic chores
 * @param storage the node's own storage and the free space it needs
 * @param agency the agency channel's token issuer
 * @param checks the check ledger's rules for risk escalations
 * @param admin the operators' listener: the admin API and console
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(String nodeId, Path partnersFile, Pki pki, @DefaultValue Inbound inbound,
        @DefaultValue Security security, @DefaultValue Delivery delivery, @DefaultValue Audit audit,
        @DefaultValue Housekeeping housekeeping, @DefaultValue Storage storage, @DefaultValue Agency agency,
        @DefaultValue Checks checks, @DefaultValue Admin admin) {

    /**
     * The admin API and console (docs/admin-api.md): HTTPS with the gateway's TLS key on
     * a port of their own, no client certificate (people log in through Keycloak), and
     * tokens of the agency channel's realm for the admin audience only.
     *
     * @param port the listener's port (0: any free port)
     * @param address the address it binds to
     * @param audience the {@code aud} an admin token must name (agency tokens name
     * another)
     */
    public record Admin(@DefaultValue("9003") int port, @DefaultValue("127.0.0.1") String address,
            @DefaultValue("probation-partner-gateway-admin") String audience) {
    }

    /**
     * Risk escalations in the check ledger (docs/check-ledger.md). SPG's transfer parts
     * carry a reason code but SPG published no list of codes.
     *
     * @param escalationReasons the transfer reason codes that make a
     * ConsolidatedTransferRequest a risk escalation
     * @param escalationDue how long nDelius has to accept or refuse one before it is
     * overdue
     */
    public record Checks(@DefaultValue("RISK_ESCALATION") List<String> escalationReasons,
            @DefaultValue("72h") Duration escalationDue) {
    }

    /**
     * The agency channel ({@code /api/v1/}): who issues its tokens and for whom.
     *
     * @param issuer the Keycloak realm whose tokens are accepted (its {@code iss}); keys
     * come from its JWKS, fetched over TLS trusting the gateway's trust store
     * @param audience the {@code aud} a token must name
     * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off the
     * gateway's clock (Spring Security's default is 60 s; Keycloak and the gateway share
     * NTP time)
     * @param inboxLifetime how long an item waits in an inbox for its acknowledgement,
     * counted from when it entered (an agency may read daily); its delivery expires then,
     * or at its own expiry if that is later
     */
    public record Agency(URI issuer, @DefaultValue("probation-partner-gateway") String audience,
            @DefaultValue("30s") Duration clockSkew, @DefaultValue("72h") Duration inboxLifetime) {
    }

    /**
     * Key material.
     *
     * @param trustStore PKCS#12 holding the trusted roots and issuing CAs
     * @param crls PEM file with the current CRL of every trusted CA
     * @param password password of the PKCS#12 stores
     * @param signingKeyStore the gateway's message-signing key
     * @param tlsKeyStore the gateway's TLS key (server, and client for deliveries)
     * @param auditKeyStore the key that signs audit checkpoints
     * @param storageKeyStore the secret keys that seal stored payloads, by alias
     * @param ocsp how certificates that name an OCSP responder are checked with it
     */
    public record Pki(Path trustStore, Path crls, String password, Path signingKeyStore, Path tlsKeyStore,
            Path auditKeyStore, Path storageKeyStore, @DefaultValue Ocsp ocsp) {
    }

    /**
     * OCSP, for certificates whose Authority Information Access names a responder.
     *
     * @param cacheWindow how long a "good" answer is relied on (never past its
     * nextUpdate); past it, with the responder unreachable, the certificate is refused
     * (fail closed, GW-017)
     * @param timeout how long one request to a responder may take
     */
    public record Ocsp(@DefaultValue("1h") Duration cacheWindow, @DefaultValue("5s") Duration timeout) {
    }

    /**
     * The disclosure log.
     *
     * @param tsaUrl an RFC 3161 time-stamping authority for checkpoints, or none
     * @param sealInterval how often committed records are sealed into the chain
     * @param checkpointInterval how often a signed checkpoint is written
     * @param archive where and when old ranges are archived
     */
    public record Audit(URI tsaUrl, @DefaultValue("1s") Duration sealInterval,
            @DefaultValue("60s") Duration checkpointInterval, @DefaultValue Archive archive) {
    }

    /**
     * Archives of the disclosure log: sealed export files of consecutive ranges, each
     * anchored at the one before (the records stay in the database).
     *
     * @param directory where the files go (shared storage, when there are several nodes)
     * @param after how old a record must be to be archived
     * @param every how often a node looks for records to archive
     * @param maxRecords the most records one file holds
     */
    public record Archive(@DefaultValue("./data/audit-archive") Path directory, @DefaultValue("30d") Duration after,
            @DefaultValue("1h") Duration every, @DefaultValue("100000") int maxRecords) {
    }

    /**
     * The node's own storage.
     *
     * @param dataDirectory where the embedded database and broker keep their files (or
     * any directory on the file system to watch)
     * @param minFreeSpace below this much free space the partner port refuses with GW-063
     * @param payloadKey alias of the storage key that seals new payloads (older ones open
     * with the key named on their row)
     * @param payloadRetention how long a payload is kept once all its deliveries are
     * final; its hash is kept for good
     */
    public record Storage(@DefaultValue("./data") Path dataDirectory, @DefaultValue("64MB") DataSize minFreeSpace,
            @DefaultValue("payload-1") String payloadKey, @DefaultValue("30d") Duration payloadRetention) {
    }

    /**
     * Periodic chores.
     *
     * @param switches how often kill switches are re-read from the database
     * @param replayCache how often expired replay-cache entries are forgotten
     * @param sweep how often, from start-up on, the recovery sweep looks for pending
     * deliveries no live run vouches for (and this run beats; three intervals without a
     * beat end it)
     * @param sweepGrace how old a never-claimed delivery must be before the sweep wakes
     * it (longer than an accept takes from database commit to broker commit)
     * @param retention how often payloads past their retention are purged
     * @param compaction how often the embedded database file's sparse chunks are
     * rewritten (ADR 0021; nothing on PostgreSQL)
     * @param overdueChecks how often the check ledger looks for checks past their due-by
     * @param gauges how often the queue and check-ledger gauges are read from the
     * database
     * @param directory how often each node looks for a newer partner directory version
     * @param keyMaterial how often the gateway's TLS and signing key stores are looked at
     * for a replacement
     */
    public record Housekeeping(@DefaultValue("2s") Duration switches, @DefaultValue("5m") Duration replayCache,
            @DefaultValue("5s") Duration sweep, @DefaultValue("10s") Duration sweepGrace,
            @DefaultValue("1h") Duration retention, @DefaultValue("1s") Duration compaction,
            @DefaultValue("1m") Duration overdueChecks, @DefaultValue("15s") Duration gauges,
            @DefaultValue("5s") Duration directory, @DefaultValue("10s") Duration keyMaterial) {
    }

    /**
     * The inbound SOAP endpoint.
     *
     * @param path address under the CXF servlet, e.g. {@code /InboundSPGProxy/1.2}
     * @param maxBytes largest request body
     * @param maxDepth deepest element nesting
     * @param maxElements most elements
     * @param maxAttributes most attributes on one element
     * @param maxTextLength longest text run
     * @param partnerLimit what one partner may ask of this node at once
     * @param large what this node holds of large payloads at once
     */
    public record Inbound(@DefaultValue("/InboundSPGProxy/1.2") String path, @DefaultValue("10485760") int maxBytes,
            @DefaultValue("48") int maxDepth, @DefaultValue("100000") int maxElements,
            @DefaultValue("32") int maxAttributes, @DefaultValue("1048576") int maxTextLength,
            @DefaultValue PartnerLimit partnerLimit, @DefaultValue Large large) {
    }

    /**
     * Large payloads, intake and delivery together: each at or over the threshold holds
     * its size in the budget while the node has it in memory (ADR 0033).
     *
     * @param threshold the size from which a payload counts
     * @param budget payload bytes this node holds at once; intake over it is refused with
     * GW-065, delivery waits
     */
    public record Large(@DefaultValue("1MB") DataSize threshold, @DefaultValue("128MB") DataSize budget) {
    }

    /**
     * Per partner and node: over either limit a request is refused with GW-064.
     *
     * @param concurrent requests in flight at once
     * @param perSecond requests per second, sustained (a burst of as many is allowed)
     */
    public record PartnerLimit(@DefaultValue("16") int concurrent, @DefaultValue("500") int perSecond) {
    }

    /**
     * WS-Security timing.
     *
     * @param timestampTtl how old a Timestamp's Created may be under the strict profile
     * @param futureSkew how far ahead a Timestamp's Created may be
     * @param legacyTimestampTtl how old it may be under the spg-2018 compatibility
     * profile, whose signer gives Timestamps 1000 s (ADR 0016)
     */
    public record Security(@DefaultValue("300s") Duration timestampTtl, @DefaultValue("60s") Duration futureSkew,
            @DefaultValue("1000s") Duration legacyTimestampTtl) {
    }

    /**
     * Delivery.
     *
     * @param queuePrefix prefix of each partner's delivery queue
     * @param deadLetterQueue where a queue message that stands for no delivery is moved
     * @param expiry how long a delivery may take before it is dead-lettered
     * @param consumers consumers of each partner's queue that are always open on a node
     * @param maxConsumers the most consumers one partner's queue may grow to on a node
     * while it has a backlog (ADR 0031)
     * @param connectTimeout TCP/TLS connect timeout towards partners
     * @param readTimeout how long to wait for a partner's reply
     * @param backoffBase wait after a delivery's first failed attempt, and after the
     * breaker first opens
     * @param backoffMax longest wait between attempts
     * @param jitter random fraction added to or taken from each wait
     * @param breakerThreshold failed attempts in a row, across a partner's deliveries,
     * that open its breaker
     * @param isolatedFailureLimit failures of one delivery, each while the partner
     * accepted other deliveries, after which it is dead-lettered (GW-074)
     * @param graceWindow how long after a transfer the previous provider still gets
     * copies
     * @param livenessDelay how long after start the first pings go out
     * @param livenessInterval how often each partner is pinged
     * @param hubIdentity the party pings are sent as (the hub partner itself is not
     * pinged)
     */
    public record Delivery(@DefaultValue("gateway.delivery.") String queuePrefix,
            @DefaultValue("gateway.dead-letter") String deadLetterQueue, @DefaultValue("24h") Duration expiry,
            @DefaultValue("2") int consumers, @DefaultValue("32") int maxConsumers,
            @DefaultValue("8") int databaseConnections, @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration readTimeout, @DefaultValue("2s") Duration backoffBase,
            @DefaultValue("5m") Duration backoffMax, @DefaultValue("0.2") double jitter,
            @DefaultValue("3") int breakerThreshold, @DefaultValue("5") int isolatedFailureLimit,
            @DefaultValue("7d") Duration graceWindow, @DefaultValue("10s") Duration livenessDelay,
            @DefaultValue("60s") Duration livenessInterval, @DefaultValue("N00") String hubIdentity) {
    }

}
