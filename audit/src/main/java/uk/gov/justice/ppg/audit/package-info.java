/**
 * The disclosure log's chain format, shared by the gateway that writes it and the offline
 * verifier that checks it: the canonical encoding of a record, the hash chain, signed
 * (and optionally RFC 3161 timestamped) checkpoints, and the export document. Nothing
 * here trusts the gateway: an export and the audit certificate are enough to verify.
 */
package uk.gov.justice.ppg.audit;
