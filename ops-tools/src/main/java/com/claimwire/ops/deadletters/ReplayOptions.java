package com.claimwire.ops.deadletters;

import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code ./claimwire replay-dlt} is asked to do.
 *
 * @param topic the topic whose dead letters are replayed (given by its name or its dead-letter topic's name)
 * @param namespace the Kafka namespace of the stack (empty for none)
 * @param bootstrapServers the brokers
 * @param dryRun list what would be replayed, with the reasons, and change nothing
 */
record ReplayOptions(Topic<?> topic, String namespace, String bootstrapServers, boolean dryRun) {

    static final String USAGE = """
            Usage: ./claimwire replay-dlt --topic <topic> [--namespace <ns>] [--bootstrap-servers <host:port>] [--dry-run]
              Republishes the records of <topic>.dlt to the topic each came from (its dead-letter headers name it),
              without those headers, so that the services process them again once the cause is fixed. What was
              replayed is committed in a consumer group: running it again replays only newer dead letters.
              --topic              %s (or its .dlt name)
              --namespace          the stack's Kafka namespace (CLAIMWIRE_KAFKA_NAMESPACE), default none
              --bootstrap-servers  default localhost:9092 (or SPRING_KAFKA_BOOTSTRAP_SERVERS)
              --dry-run            list the dead letters not replayed yet with their reasons; change nothing"""
            .formatted(Topics.all().stream().map(Topic::name).collect(Collectors.joining(", ")));

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** The dead-letter topic read. */
    String deadLetterTopic() {
        return topic.deadLetterName(namespace);
    }

    /** The topic records are replayed to when their headers do not name one. */
    String originalTopic() {
        return topic.qualifiedName(namespace);
    }

    /** The consumer group whose committed offsets remember what was replayed, namespaced like the services' groups. */
    String replayGroup() {
        String group = "claimwire-ops.replay-dlt";
        return namespace.isBlank() ? group : namespace + "." + group;
    }

    /**
     * Parses the arguments after {@code replay-dlt}; {@code environment} supplies defaults the launcher's users already
     * set for the services.
     *
     * @throws IllegalArgumentException with a message for the operator when they make no sense
     */
    static ReplayOptions parse(List<String> arguments, java.util.Map<String, String> environment) {
        String topicName = null;
        String namespace = environment.getOrDefault("CLAIMWIRE_KAFKA_NAMESPACE", "");
        String bootstrapServers = environment.getOrDefault("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        boolean dryRun = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--topic" -> topicName = valueOf(arguments, ++i, argument);
                case "--namespace" -> namespace = valueOf(arguments, ++i, argument);
                case "--bootstrap-servers" -> bootstrapServers = valueOf(arguments, ++i, argument);
                case "--dry-run" -> dryRun = true;
                default -> throw new IllegalArgumentException("unknown argument '" + argument + "'");
            }
        }
        if (topicName == null) {
            throw new IllegalArgumentException("--topic is required");
        }
        return new ReplayOptions(topicNamed(topicName.strip(), namespace.strip()), namespace.strip(),
                bootstrapServers.strip(), dryRun);
    }

    /** The topic {@code name} means, written with or without the namespace and with or without {@code .dlt}. */
    private static Topic<?> topicNamed(String name, String namespace) {
        String base = name.endsWith(DEAD_LETTER_SUFFIX) ? name.substring(0, name.length() - DEAD_LETTER_SUFFIX.length()) : name;
        for (Topic<?> topic : Topics.all()) {
            if (topic.name().equals(base) || topic.qualifiedName(namespace).equals(base)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("no Claimwire topic is called '" + name + "'; known topics: "
                + Topics.all().stream().map(Topic::name).collect(Collectors.joining(", ")));
    }

    private static String valueOf(List<String> arguments, int index, String option) {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments.get(index);
    }
}
