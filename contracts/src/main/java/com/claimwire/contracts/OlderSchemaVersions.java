package com.claimwire.contracts;

import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * How records written with an older schema version are still read: the one place that lists, per event, the older
 * versions a topic may hold (a compacted topic keeps an old record until its key is written again) and how such a
 * record is brought into the current shape. The record keeps the version it was written with.
 */
final class OlderSchemaVersions {

    private static final Map<Class<? extends Event>, Map<Integer, UnaryOperator<ObjectNode>>> READERS = Map.of(
            AlertRuleChanged.class, Map.of(1, AlertRuleChanged::fromVersion1));

    private OlderSchemaVersions() {
    }

    /**
     * {@code record}, written with {@code version}, in the current shape of {@code topic}'s events.
     *
     * @throws InvalidEventException when this build cannot read that version
     */
    static ObjectNode upgrade(Topic<?> topic, int version, ObjectNode record) {
        UnaryOperator<ObjectNode> reader = READERS.getOrDefault(topic.valueType(), Map.of()).get(version);
        if (reader == null) {
            throw new InvalidEventException("unknown schema version " + version + " for "
                    + topic.valueType().getSimpleName() + " (this build reads " + topic.schemaVersion() + ")");
        }
        return reader.apply(record);
    }
}
