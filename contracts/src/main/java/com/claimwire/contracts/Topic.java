package com.claimwire.contracts;

import java.util.Objects;

/**
 * A Kafka topic: its name, the event type of its values, the schema version producers write, and whether it
 * is log-compacted. Keys are always strings (the article id, or the entity id of a compacted topic).
 *
 * <p>A namespace prefixes every name, so that tests and tenants can share a broker without sharing topics.
 *
 * @param name base name, without namespace
 * @param valueType the event record on this topic
 * @param schemaVersion the schema version this build writes and reads
 * @param compacted {@code true} for a table-like topic where only the latest value per key matters
 */
public record Topic<V extends Event>(String name, Class<V> valueType, int schemaVersion, boolean compacted) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueType, "valueType");
    }

    /** The topic's full name in {@code namespace} (an empty or null namespace means none). */
    public String qualifiedName(String namespace) {
        return namespace == null || namespace.isBlank() ? name : namespace + "." + name;
    }

    /** Classpath resource of the JSON Schema the values of this topic follow, e.g. {@code schemas/claim-extracted.v1.schema.json}. */
    public String schemaResource() {
        String kebab = valueType.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        return "schemas/" + kebab + ".v" + schemaVersion + ".schema.json";
    }

    /** The dead-letter topic where records of this topic that cannot be processed go, with the reason. */
    public String deadLetterName(String namespace) {
        return qualifiedName(namespace) + ".dlt";
    }
}
