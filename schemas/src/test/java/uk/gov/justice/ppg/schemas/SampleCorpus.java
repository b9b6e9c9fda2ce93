package uk.gov.justice.ppg.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The SPG sample corpus under {@code schemas/src/test/resources/samples}: for each
 * {@link SchemaVersion} a {@code valid} directory (one interchange per message body, at
 * least) and an {@code invalid} directory whose file names say what they break
 * ({@code xsd-*} for a schema rule, {@code envelope-<rule>} for an envelope rule). Other
 * modules reach it through the schemas test-jar.
 */
public final class SampleCorpus {

    private static final List<Path> CANDIDATES = List.of(Path.of("src/test/resources/samples"),
            Path.of("schemas/src/test/resources/samples"), Path.of("../schemas/src/test/resources/samples"));

    private SampleCorpus() {
    }

    /**
     * The samples directory, found relative to the working directory (a module, or the
     * project root).
     */
    public static Path root() {
        return CANDIDATES.stream()
            .filter((candidate) -> Files.isRegularFile(candidate.resolve("index.txt")))
            .findFirst()
            .map((candidate) -> candidate.toAbsolutePath().normalize())
            .orElseThrow(() -> new IllegalStateException(
                    "SPG sample corpus not found from " + Path.of("").toAbsolutePath() + "; tried " + CANDIDATES));
    }

    /** The samples of a version that are valid in every respect, sorted. */
    public static List<Path> valid(SchemaVersion version) {
        return list(version, Kind.VALID);
    }

    /** The samples of a version that break one schema or envelope rule, sorted. */
    public static List<Path> invalid(SchemaVersion version) {
        return list(version, Kind.INVALID);
    }

    /** Every sample of every version, sorted by path. */
    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (SchemaVersion version : SchemaVersion.values()) {
            for (Kind kind : Kind.values()) {
                list(version, kind).forEach((path) -> samples.add(new Sample(version, kind, path)));
            }
        }
        samples.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return List.copyOf(samples);
    }

    /**
     * The valid sample of a body in a version, e.g.
     * {@code 0-9-14/valid/domestic-abuse-check-result.xml}.
     */
    public static Path valid(SchemaVersion version, MessageBody body) {
        return directory(version, Kind.VALID).resolve(fileName(body));
    }

    /**
     * The sample breaking an envelope rule in a version, e.g.
     * {@code envelope-control-count-matches.xml}.
     */
    public static Path invalid(SchemaVersion version, String name) {
        return directory(version, Kind.INVALID).resolve(name.endsWith(".xml") ? name : name + ".xml");
    }

    /**
     * {@code DomesticAbuseCheckResult} becomes {@code domestic-abuse-check-result.xml},
     * {@code OFFLOCRequest2} {@code offloc-request2.xml}.
     */
    public static String fileName(MessageBody body) {
        return body.localName()
            .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
            .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
            .toLowerCase(Locale.ROOT) + ".xml";
    }

    /** The file name without its {@code .xml} extension. */
    public static String baseName(Path sample) {
        String name = sample.getFileName().toString();
        return name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
    }

    private static Path directory(SchemaVersion version, Kind kind) {
        return root().resolve(version.wireName()).resolve(kind.directory());
    }

    private static List<Path> list(SchemaVersion version, Kind kind) {
        Path directory = directory(version, kind);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter((file) -> file.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Whether a sample is meant to pass or to be refused. */
    public enum Kind {

        VALID, INVALID;

        public String directory() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    /**
     * One sample file.
     *
     * @param version the schema version of its directory
     * @param kind valid or invalid
     * @param path the file
     */
    public record Sample(SchemaVersion version, Kind kind, Path path) {

        /**
         * The path relative to {@link SampleCorpus#root()}, with forward slashes, as in
         * {@code index.txt}.
         */
        public String relativePath() {
            return this.version.wireName() + "/" + this.kind.directory() + "/" + this.path.getFileName();
        }

        @Override
        public String toString() {
            return relativePath();
        }

    }

}
