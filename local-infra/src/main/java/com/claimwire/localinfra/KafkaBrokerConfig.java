package com.claimwire.localinfra;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A single-node Kafka in combined KRaft mode (broker and controller in one process) on loopback, with every
 * replication factor at 1.
 *
 * @param port the client (PLAINTEXT) port
 * @param controllerPort the KRaft controller port
 * @param logDir where partitions and metadata live
 */
public record KafkaBrokerConfig(int port, int controllerPort, Path logDir) {

    private static final String HOST = "127.0.0.1";
    private static final String HEAP = "512m";

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The broker's {@code server.properties}. */
    public Map<String, String> serverProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        properties.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("log.dirs", logDir.toAbsolutePath().toString());
        properties.put("num.partitions", "1");
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("offsets.topic.replication.factor", "1");
        // Fewer offset partitions than the default 50: the first consumer group of a fresh broker waits for them.
        properties.put("offsets.topic.num.partitions", "5");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        // A lone consumer should not wait the default 3 s for companions before its first assignment.
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("auto.create.topics.enable", "true");
        return properties;
    }

    /** {@link #serverProperties()} in properties-file syntax. */
    public String renderServerProperties() {
        return serverProperties().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** JVM options of the broker process: bounded heap, quiet logging. */
    public static List<String> jvmOptions() {
        return List.of("-Xms" + HEAP, "-Xmx" + HEAP, "-XX:+UseG1GC", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dlog4j2.level=WARN");
    }

    /** A random cluster id in Kafka's format: 16 random bytes, URL-safe base64 without padding. */
    public static String newClusterId() {
        SecureRandom random = new SecureRandom();
        String id;
        do {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-")); // Kafka's command line tools would read it as an option
        return id;
    }
}
