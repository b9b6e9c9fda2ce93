package uk.gov.justice.ppg.audit;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An export of a chain of audit records from its start, with checkpoints every five
 * records and a seal, signed by a throwaway audit key.
 */
final class ChainFixture {

    static final KeyPair KEYS = keys();

    static final X509Certificate CERTIFICATE = certificate(KEYS, "CN=test audit key");

    static final AuditSigner SIGNER = new AuditSigner(KEYS.getPrivate());

    private ChainFixture() {
    }

    /**
     * A chain begun before the gateway wrote record format 2: the first quarter of the
     * records are of format 1, the next half of format 2, the rest of format 3.
     */
    static ExportDocument export(int count) {
        return export(count, ExportDocument.FORMAT, count / 4);
    }

    /** An export in the previous export format, every record of format 1. */
    static ExportDocument exportInPreviousFormat(int count) {
        return export(count, ExportDocument.FORMAT_2, count);
    }

    private static ExportDocument export(int count, String exportFormat, int formatOneRecords) {
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        List<ExportDocument.Record> records = new ArrayList<>();
        List<Checkpoint> checkpoints = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long seq = 1; seq <= count; seq++) {
            int format = (seq <= formatOneRecords) ? 1 : (seq <= 3 * count / 4) ? 2 : 3;
            Map<String, String> fields = fields(seq, start.plusSeconds(seq), format);
            String hash = ChainHash.of(previous, seq, format, fields);
            int exported = ExportDocument.FORMAT_2.equals(exportFormat) ? 0 : format;
            records.add(new ExportDocument.Record(seq, exported, previous, hash, fields));
            if (seq % 5 == 0 && seq < count) {
                checkpoints.add(SIGNER.sign(seq, hash, start.plusSeconds(seq)));
            }
            previous = hash;
        }
        ExportDocument unsealed = new ExportDocument(exportFormat, start.plus(Duration.ofHours(1)), start,
                start.plus(Duration.ofHours(1)), new ExportDocument.Link(0, ChainHash.GENESIS), records, checkpoints,
                null);
        return new ExportDocument(unsealed.format(), unsealed.exportedAt(), unsealed.from(), unsealed.to(),
                unsealed.anchor(), records, checkpoints,
                SIGNER.seal(unsealed, new ExportDocument.Link(count, previous), count));
    }

    static Map<String, String> fields(long seq, Instant at) {
        return fields(seq, at, AuditFields.CURRENT);
    }

    static Map<String, String> fields(long seq, Instant at, int format) {
        Map<String, String> fields = new LinkedHashMap<>();
        AuditFields.of(format).forEach((name) -> fields.put(name, null));
        fields.put("record_id", "record-" + seq);
        fields.put("recorded_at", at.toString());
        fields.put("event", "DELIVERED");
        fields.put("outcome", "DELIVERED");
        fields.put("sender", "N00");
        fields.put("receiver", "C21");
        fields.put("crn", "X123456");
        fields.put("payload_sha256", "ab".repeat(32));
        fields.put("node_id", "node-1");
        if (format >= 2) {
            fields.put("tls_subject", "CN=c21.spg.example");
            fields.put("partner_id", "c21");
            fields.put("weak_signature", "N");
        }
        if (format >= 3) {
            fields.put("actor_subject", "4c1d2e3f-operator");
            fields.put("actor_client", "ppg-console");
        }
        return fields;
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static X509Certificate certificate(KeyPair keys, String subject) {
        try {
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(new X500Name(subject), BigInteger.ONE,
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))),
                    new X500Name(subject), keys.getPublic());
            return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

}
