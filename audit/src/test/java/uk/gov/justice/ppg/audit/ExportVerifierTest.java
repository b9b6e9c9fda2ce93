package uk.gov.justice.ppg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The offline verifier against exports mutated every way an insider could, each caught at
 * the right record.
 */
class ExportVerifierTest {

    @Test
    void verifiesAnUntouchedExportAfterAJsonRoundTrip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChainFixture.export(20).write(out);
        ExportDocument read = ExportDocument.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(verify(read).verified()).isTrue();
        assertThat(verify(read).records()).isEqualTo(20);
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void catchesEveryMutationAndNamesTheFirstBadRecord(Mutation mutation) {
        ExportVerifier.Verdict verdict = verify(mutation.apply(ChainFixture.export(20)));
        assertThat(verdict.verified()).as(mutation.name()).isFalse();
        assertThat(verdict.firstBadSeq()).as(verdict.problem()).contains(mutation.firstBad);
    }

    @ParameterizedTest
    @EnumSource(Forgery.class)
    void refusesAnExportWhoseDescriptionWasForged(Forgery forgery) {
        ExportVerifier.Verdict verdict = verify(forgery.apply(ChainFixture.export(20)));
        assertThat(verdict.verified()).as(forgery.name()).isFalse();
        assertThat(verdict.firstBadSeq()).as(verdict.problem()).contains(forgery.firstBad);
    }

    @Test
    void refusesCheckpointsSignedByAnotherKey() {
        var other = ChainFixture.certificate(ChainFixture.KEYS, "CN=other").getPublicKey();
        var stranger = ChainFixture.certificate(keysOtherThanAudit(), "CN=stranger");
        assertThat(ExportVerifier.verify(ChainFixture.export(20), stranger, Optional.empty()).verified()).isFalse();
        assertThat(other).isNotNull();
    }

    @Test
    void verifiesEveryRecordFormatAndThePreviousExportFormat() {
        assertThat(ChainFixture.export(20).records()).extracting(ExportDocument.Record::format).contains(1, 2, 3);
        assertThat(verify(ChainFixture.export(20)).verified()).isTrue();
        ExportDocument previous = ChainFixture.exportInPreviousFormat(12);
        assertThat(previous.format()).isEqualTo(ExportDocument.FORMAT_2);
        assertThat(verify(previous).verified()).as(verify(previous).problem()).isTrue();
    }

    @Test
    void refusesARecordRelabelledToAnotherFormat() {
        ExportDocument export = ChainFixture.export(20);
        List<ExportDocument.Record> records = new ArrayList<>(export.records());
        ExportDocument.Record first = records.get(0);
        records.set(0, new ExportDocument.Record(1, 2, first.previousHash(), first.hash(), first.fields()));
        ExportVerifier.Verdict relabelled = verify(new ExportDocument(export.format(), export.exportedAt(),
                export.from(), export.to(), export.anchor(), records, export.checkpoints(), export.seal()));
        assertThat(relabelled.verified()).isFalse();
        assertThat(relabelled.firstBadSeq()).contains(1L);
        records.set(0, new ExportDocument.Record(1, 7, first.previousHash(), first.hash(), first.fields()));
        assertThat(verify(new ExportDocument(export.format(), export.exportedAt(), export.from(), export.to(),
                export.anchor(), records, export.checkpoints(), export.seal()))
            .problem()).contains("unknown record format 7");
    }

    @Test
    void theSameFieldsHashDifferentlyUnderEachFormat() {
        Map<String, String> fields = ChainFixture.fields(1, Instant.EPOCH, 1);
        Map<String, String> widened = new LinkedHashMap<>(fields);
        List.of("tls_subject", "partner_id", "claimed", "weak_signature").forEach((name) -> widened.put(name, null));
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, 1, fields))
            .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, 2, widened));
    }

    @Test
    void lineBreaksAndSeparatorsInAFieldCannotForgeAnotherField() {
        Map<String, String> honest = new LinkedHashMap<>(ChainFixture.fields(1, Instant.EPOCH));
        honest.put("reason_detail", "a\nsender:3:C21");
        Map<String, String> forged = new LinkedHashMap<>(honest);
        forged.put("reason_detail", "a");
        forged.put("sender", "C21");
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, honest)).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, forged));
    }

    private static ExportVerifier.Verdict verify(ExportDocument export) {
        return ExportVerifier.verify(export, ChainFixture.CERTIFICATE, Optional.empty());
    }

    private static KeyPair keysOtherThanAudit() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The ways an export can be tampered with, and the record the verifier must name for
     * each.
     */
    enum Mutation {

        EDIT_A_FIELD(7, (records) -> {
            var fields = new LinkedHashMap<>(records.get(6).fields());
            fields.put("receiver", "C16");
            records.set(6, new ExportDocument.Record(7, records.get(6).format(), records.get(6).previousHash(),
                    records.get(6).hash(), fields));
            return records;
        }),

        DELETE_A_RECORD(7, (records) -> {
            records.remove(6);
            return records;
        }),

        INSERT_A_COPY(8, (records) -> {
            records.add(7, records.get(6));
            return records;
        }),

        REORDER_TWO_RECORDS(7, (records) -> {
            var seventh = records.get(6);
            records.set(6, records.get(7));
            records.set(7, seventh);
            return records;
        }),

        TRUNCATE_THE_TAIL(18, (records) -> new ArrayList<>(records.subList(0, 17))),

        ADD_A_FIELD(7, (records) -> {
            var fields = new LinkedHashMap<>(records.get(6).fields());
            fields.put("note", "disclosed in error");
            records.set(6, new ExportDocument.Record(7, records.get(6).format(), records.get(6).previousHash(),
                    records.get(6).hash(), fields));
            return records;
        }),

        REWRITE_AND_REHASH_FROM_A_RECORD(11, (records) -> {
            var fields = new LinkedHashMap<>(records.get(11).fields());
            fields.put("crn", "Z999999");
            records.set(11, new ExportDocument.Record(12, records.get(11).format(), records.get(11).previousHash(),
                    null, fields));
            String previous = records.get(10).hash();
            for (int i = 11; i < records.size(); i++) {
                var record = records.get(i);
                String hash = ChainHash.of(previous, record.seq(), record.recordFormat(), record.fields());
                records.set(i,
                        new ExportDocument.Record(record.seq(), record.format(), previous, hash, record.fields()));
                previous = hash;
            }
            return records;
        });

        final long firstBad;

        final UnaryOperator<List<ExportDocument.Record>> edit;

        Mutation(long firstBad, UnaryOperator<List<ExportDocument.Record>> edit) {
            this.firstBad = firstBad;
            this.edit = edit;
        }

        ExportDocument apply(ExportDocument export) {
            List<ExportDocument.Record> records = this.edit.apply(new ArrayList<>(export.records()));
            return new ExportDocument(export.format(), export.exportedAt(), export.from(), export.to(), export.anchor(),
                    records, export.checkpoints(), export.seal());
        }

    }

    /**
     * Forgeries of what the export says it is, by someone without the audit key: a
     * checkpoint passed off as the seal, a range relabelled, the head cut off and the
     * anchor moved, everything removed; and the record the verifier must name.
     */
    enum Forgery {

        CHECKPOINT_AS_SEAL_OVER_A_CUT_TAIL(1, (export) -> {
            Checkpoint fifteen = export.checkpoints().get(2);
            return with(export, export.anchor(), export.records().subList(0, 15), export.checkpoints().subList(0, 2),
                    new ExportDocument.Seal(new ExportDocument.Link(15, fifteen.hash()), 15, fifteen.signature()));
        }),

        EVERYTHING_REMOVED(1,
                (export) -> with(export, export.anchor(), List.of(), List.of(),
                        new ExportDocument.Seal(export.anchor(), 0, export.seal().signature()))),

        HEAD_CUT_AND_ANCHOR_MOVED(11,
                (export) -> with(export, new ExportDocument.Link(10, export.records().get(9).hash()),
                        export.records().subList(10, 20), export.checkpoints().subList(2, 3), export.seal())),

        RANGE_RELABELLED(1,
                (export) -> new ExportDocument(export.format(), export.exportedAt(), export.from(),
                        export.to().plusSeconds(86400), export.anchor(), export.records(), export.checkpoints(),
                        export.seal())),

        SEAL_COUNT_LOWERED(1,
                (export) -> with(export, export.anchor(), export.records().subList(0, 15), export.checkpoints(),
                        new ExportDocument.Seal(new ExportDocument.Link(15, export.records().get(14).hash()), 15,
                                export.seal().signature()))),

        MALFORMED(1, (export) -> with(export, null, export.records(), export.checkpoints(), export.seal()));

        final long firstBad;

        final UnaryOperator<ExportDocument> forge;

        Forgery(long firstBad, UnaryOperator<ExportDocument> forge) {
            this.firstBad = firstBad;
            this.forge = forge;
        }

        ExportDocument apply(ExportDocument export) {
            return this.forge.apply(export);
        }

        private static ExportDocument with(ExportDocument export, ExportDocument.Link anchor,
                List<ExportDocument.Record> records, List<Checkpoint> checkpoints, ExportDocument.Seal seal) {
            return new ExportDocument(export.format(), export.exportedAt(), export.from(), export.to(), anchor, records,
                    checkpoints, seal);
        }

    }

}
