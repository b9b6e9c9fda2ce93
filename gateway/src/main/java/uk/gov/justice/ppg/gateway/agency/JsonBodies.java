package uk.gov.justice.ppg.gateway.agency;

import java.io.IOException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Reads and checks the agency channel's JSON bodies. Size, depth, string, name and number
 * limits are enforced by the parser as it reads (Jackson's
 * {@link StreamReadConstraints}), so nothing past a limit is ever built; a duplicate
 * property or anything after the body is refused too. Then the body's JSON Schema
 * (2020-12, {@code json/} in the schemas module). A refusal says where and which rule,
 * never a value.
 */
final class JsonBodies {

    static final int MAX_BYTES = 64 * 1024;

    static final int MAX_DEPTH = 8;

    static final int MAX_STRING = 4000;

    static final int MAX_NAME = 64;

    static final int MAX_NUMBER = 10;

    private static final int REPORTED = 10;

    private final ObjectMapper mapper;

    private final Map<CheckBody, Schema> schemas = new EnumMap<>(CheckBody.class);

    JsonBodies() {
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(MAX_BYTES)
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNameLength(MAX_NAME)
                .maxNumberLength(MAX_NUMBER)
                .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (CheckBody check : CheckBody.values()) {
            this.schemas.put(check,
                    registry.getSchema(SchemaLocation.of("classpath:json/" + check.schema() + ".schema.json")));
        }
    }

    /**
     * Parses a body within the limits; GW-081 past one, GW-080 if it is not one JSON
     * object.
     */
    JsonNode read(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new GatewayException(GatewayErrorCode.JSON_LIMIT_EXCEEDED, "body over " + MAX_BYTES + " bytes");
        }
        try {
            JsonNode json = this.mapper.readTree(body);
            if (json == null || !json.isObject()) {
                throw new GatewayException(GatewayErrorCode.JSON_MALFORMED, "not a JSON object");
            }
            return json;
        }
        catch (StreamConstraintsException ex) {
            throw new GatewayException(GatewayErrorCode.JSON_LIMIT_EXCEEDED, limit(ex));
        }
        catch (JsonProcessingException ex) {
            throw new GatewayException(GatewayErrorCode.JSON_MALFORMED, "not well-formed at line "
                    + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr());
        }
        catch (IOException ex) {
            throw new GatewayException(GatewayErrorCode.JSON_MALFORMED, "unreadable body");
        }
    }

    /**
     * A check result: read, its {@code checkType} picks the schema, validated (GW-082).
     */
    CheckResult checkResult(byte[] body) {
        JsonNode json = read(body);
        CheckBody check = CheckBody.result(json.path("checkType").asText(""))
            .orElseThrow(() -> new GatewayException(GatewayErrorCode.JSON_SCHEMA_INVALID,
                    "/checkType: one of DOMESTIC_ABUSE, SAFEGUARDING"));
        validate(check, json);
        return new CheckResult(check, json);
    }

    /** Validates a body against its schema; GW-082 naming each broken rule's place. */
    void validate(CheckBody check, JsonNode json) {
        List<Error> errors = this.schemas.get(check).validate(json);
        if (!errors.isEmpty()) {
            throw new GatewayException(GatewayErrorCode.JSON_SCHEMA_INVALID, describe(errors));
        }
    }

    private static String describe(List<Error> errors) {
        return errors.stream()
            .map(JsonBodies::describe)
            .distinct()
            .sorted(Comparator.naturalOrder())
            .limit(REPORTED)
            .collect(Collectors.joining("; "));
    }

    private static String describe(Error error) {
        String pointer = error.getInstanceLocation().toString();
        String where = pointer.isEmpty() ? "/" : pointer;
        String property = error.getProperty();
        boolean named = property != null && property.matches("[A-Za-z0-9_]{1,64}");
        return where + ": " + error.getKeyword() + (named ? " (" + property + ")" : "");
    }

    private static String limit(StreamConstraintsException ex) {
        String message = String.valueOf(ex.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH;
        }
        if (message.contains("String value length")) {
            return "a string longer than " + MAX_STRING;
        }
        if (message.contains("Name length")) {
            return "a property name longer than " + MAX_NAME;
        }
        if (message.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER + " digits";
        }
        return "body over " + MAX_BYTES + " bytes";
    }

    /**
     * A check result that follows its schema.
     *
     * @param check which result
     * @param json the body
     */
    record CheckResult(CheckBody check, JsonNode json) {
    }

}
