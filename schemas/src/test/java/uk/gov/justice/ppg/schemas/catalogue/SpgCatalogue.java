package uk.gov.justice.ppg.schemas.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.justice.ppg.schemas.SampleCorpus;

/**
 * The SPG message bodies as {@code spg-catalogue.txt} lists them: each body's elements in
 * document order with the occurrence and value type SPG gives them, and the parts of a
 * consolidated transfer.
 */
public final class SpgCatalogue {

    private static SpgCatalogue loaded;

    private final Map<String, Body> bodies;

    private final Map<String, Item> parts;

    private SpgCatalogue(Map<String, Body> bodies, Map<String, Item> parts) {
        this.bodies = bodies;
        this.parts = parts;
    }

    /** The catalogue, read once from the test resources. */
    public static synchronized SpgCatalogue load() {
        if (loaded == null) {
            try {
                loaded = parse(Files.readAllLines(SampleCorpus.root().getParent().resolve("spg-catalogue.txt")));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return loaded;
    }

    public List<Body> bodies() {
        return List.copyOf(this.bodies.values());
    }

    public Body body(String name) {
        Body body = this.bodies.get(name);
        if (body == null) {
            throw new IllegalArgumentException("not an SPG body: " + name);
        }
        return body;
    }

    /** A transfer part, e.g. {@code OMTransferRequest}. */
    public Item part(String name) {
        return this.parts.get(name);
    }

    /** How often an element occurs, and whether it may be empty. */
    public enum Occurrence {

        /** Always written, with content. */
        A(true, false),

        /** Always written; empty when there is no value. */
        E(true, true),

        /** Always written; SPG fills a default. */
        D(true, false),

        /** Optional. */
        O(false, false),

        /** Optional; empty when written without a value. */
        OE(false, true),

        /** Optional; SPG's generator never writes it. */
        N(false, false);

        private final boolean required;

        private final boolean mayBeEmpty;

        Occurrence(boolean required, boolean mayBeEmpty) {
            this.required = required;
            this.mayBeEmpty = mayBeEmpty;
        }

        public boolean required() {
            return this.required;
        }

        public boolean mayBeEmpty() {
            return this.mayBeEmpty;
        }

    }

    /**
     * One element: a container (no occurrence) or a leaf.
     *
     * @param name local name in the SPG namespace
     * @param occurrence for a leaf, how it occurs; null for a container
     * @param type for a leaf, its value type as the catalogue names it
     * @param defaultValue the value SPG fills in, for {@link Occurrence#D}
     * @param children a container's elements in order
     */
    public record Item(String name, Occurrence occurrence, String type, String defaultValue, List<Item> children) {

        public boolean leaf() {
            return this.occurrence != null;
        }

    }

    /**
     * One body.
     *
     * @param root the body element
     * @param family SPG's wrapper family (B1..B4, N1, N2)
     * @param versionRule which SPGVersion default applies (Z1, Z2, Z3, or "-")
     * @param direction N00>CRC, CRC>N00 or both
     * @param parts for a consolidated transfer, {@code request} or {@code response}
     */
    public record Body(Item root, String family, String versionRule, String direction, String parts) {

        public String name() {
            return this.root.name();
        }

        public boolean transfer() {
            return this.parts != null;
        }

    }

    private static SpgCatalogue parse(List<String> lines) {
        Map<String, Body> bodies = new LinkedHashMap<>();
        Map<String, Item> parts = new LinkedHashMap<>();
        Deque<Builder> stack = new ArrayDeque<>();
        String[] header = null;
        Builder root = null;
        String transfer = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.trim().split("\\s+");
            if (line.startsWith("body ") || line.startsWith("part ")) {
                finish(bodies, header, root, transfer);
                header = null;
                root = null;
                transfer = null;
                if (line.startsWith("part ")) {
                    parts.put(words[1], TransferParts.part(words[1], words[2], words[3], words[4]));
                    continue;
                }
                header = words;
                root = new Builder(words[1], null, null, null);
                stack.clear();
                stack.push(root);
                continue;
            }
            if ("@parts".equals(words[0])) {
                transfer = words[1];
                continue;
            }
            int depth = (line.length() - line.stripLeading().length()) / 2;
            while (stack.size() > depth) {
                stack.pop();
            }
            Builder element = (words.length == 1) ? new Builder(words[0], null, null, null) : leaf(words);
            stack.peek().children.add(element);
            stack.push(element);
        }
        finish(bodies, header, root, transfer);
        return new SpgCatalogue(bodies, parts);
    }

    private static Builder leaf(String[] words) {
        String occurrence = words[1];
        String defaultValue = null;
        if (occurrence.startsWith("D:")) {
            defaultValue = occurrence.substring(2);
            occurrence = "D";
        }
        return new Builder(words[0], Occurrence.valueOf(occurrence), words[2], defaultValue);
    }

    private static void finish(Map<String, Body> bodies, String[] header, Builder root, String transfer) {
        if (header != null) {
            bodies.put(header[1], new Body(root.build(), header[2], header[3], header[4], transfer));
        }
    }

    /** An element while it is read. */
    private static final class Builder {

        private final String name;

        private final Occurrence occurrence;

        private final String type;

        private final String defaultValue;

        private final List<Builder> children = new ArrayList<>();

        Builder(String name, Occurrence occurrence, String type, String defaultValue) {
            this.name = name;
            this.occurrence = occurrence;
            this.type = type;
            this.defaultValue = defaultValue;
        }

        Item build() {
            return new Item(this.name, this.occurrence, this.type, this.defaultValue,
                    this.children.stream().map(Builder::build).toList());
        }

    }

}
