package com.claimwire.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes events as JSON. Decoding checks the schema version and the event's own validation, so
 * a consumer gets either a valid event or an {@link InvalidEventException} saying why not.
 *
 * <p>Unknown fields are ignored, so producers may add fields without breaking older consumers; removing
 * or changing a field needs a new schema version, and records of an older version that a topic may still hold are
 * read through {@link OlderSchemaVersions}.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Claims carry 384-float embeddings: the JDK's float-to-text costs a third of encoding an event.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /**
     * Reads a record straight into its event, taking JSON scalars only as what they are ("1" or 1.0 is no int): a
     * record it does not take is read through the tree as before, so that both ways agree on every record.
     */
    private static final JsonMapper STRICT = MAPPER.rebuild()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private EventCodec() {
    }

    /** The mapper events are written with, for callers that write events inside larger JSON documents. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The event as UTF-8 JSON. */
    public static byte[] encode(Event event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /** The event as a JSON string. */
    public static String encodeToString(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * The event in {@code json}, read as a value of {@code topic}.
     *
     * @throws InvalidEventException when the bytes are not a valid event of the topic's schema version
     */
    public static <V extends Event> V decode(Topic<V> topic, byte[] json) {
        if (json == null || json.length == 0) {
            throw new InvalidEventException("empty record value");
        }
        V event = currentVersionOrNull(topic, json);
        if (event == null) {
            event = readThroughTree(topic, json);
        }
        var violations = event.violations();
        if (!violations.isEmpty()) {
            throw new InvalidEventException("invalid " + topic.valueType().getSimpleName() + ": "
                    + String.join("; ", violations));
        }
        return event;
    }

    /**
     * The event read straight into its record when it is of the topic's current version, else {@code null}. Nearly
     * every record is, and going through a tree first costs a node per value (a claim's embedding has 384 of them).
     * Anything else (poison, an older version) is read again through the tree, which says exactly what is wrong or
     * brings the record into the current shape.
     */
    private static <V extends Event> V currentVersionOrNull(Topic<V> topic, byte[] json) {
        try {
            V event = STRICT.readValue(json, topic.valueType());
            return event != null && event.schemaVersion() == topic.schemaVersion() ? event : null;
        } catch (JacksonException | IllegalArgumentException notCurrent) {
            return null;
        }
    }

    /**
     * The event read through a JSON tree: how poison is explained and older versions are upgraded (and how every
     * record was read before the direct path; {@code EventCodecBenchmark} compares the two).
     */
    static <V extends Event> V readThroughTree(Topic<V> topic, byte[] json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidEventException("not a JSON object");
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new InvalidEventException("schemaVersion is missing");
        }
        if (version.asInt() != topic.schemaVersion()) {
            tree = OlderSchemaVersions.upgrade(topic, version.asInt(), (ObjectNode) tree);
        }
        try {
            return MAPPER.treeToValue(tree, topic.valueType());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidEventException("not a valid " + topic.valueType().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
