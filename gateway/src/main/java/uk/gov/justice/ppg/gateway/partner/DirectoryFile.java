package uk.gov.justice.ppg.gateway.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The directory's file format (docs/partners.md), as the file, the database copy, the
 * export and the admin API's partner entries all write it: kebab-case names, unknown ones
 * refused.
 *
 * @param partners the entries, in order
 */
record DirectoryFile(List<PartnerEntry> partners) {

    private static final ObjectMapper YAML = new ObjectMapper(
            new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
        .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    static DirectoryFile read(InputStream yaml) throws IOException {
        return YAML.readValue(yaml, DirectoryFile.class);
    }

    static DirectoryFile read(String yaml) {
        try {
            return YAML.readValue(yaml, DirectoryFile.class);
        }
        catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("partner directory refused: not the file format ("
                    + ex.getOriginalMessage().lines().findFirst().orElse("unreadable") + ")");
        }
    }

    /**
     * One entry as the admin API sends it: a JSON object with the file's names.
     */
    static PartnerEntry entry(Map<String, Object> json) {
        try {
            return YAML.convertValue(json, PartnerEntry.class);
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("partner directory refused: the entry is not in the file format ("
                    + ex.getMessage().lines().findFirst().orElse("unreadable") + ")");
        }
    }

    String write() {
        try {
            return YAML.writeValueAsString(this);
        }
        catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The entries as JSON-ready maps with the file's names. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries() {
        return this.partners.stream()
            .map((entry) -> (Map<String, Object>) YAML.convertValue(entry, Map.class))
            .toList();
    }

    record PartnerEntry(String id, String organisation, List<String> partyCodes, String tlsSubject,
            String signingSubject, String schemaVersion, String signatureProfile, Boolean enabled, String endpoint,
            Boolean acceptsTest, String channel, Map<String, List<String>> permits, RotationEntry rotation) {
    }

    /**
     * A rotation's overlap: the previous subjects and when they stop being accepted (an
     * ISO-8601 instant).
     */
    record RotationEntry(String tlsSubject, String signingSubject, String until) {
    }

}
