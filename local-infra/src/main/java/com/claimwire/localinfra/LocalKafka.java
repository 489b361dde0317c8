package com.claimwire.localinfra;

import java.nio.file.Path;

/**
 * The Kafka broker of this JVM's tests: started lazily once on free loopback ports in a temporary directory
 * and stopped when the JVM exits. If the environment variable {@value #OVERRIDE} names bootstrap servers,
 * that broker is used instead and nothing is started.
 */
public final class LocalKafka {

    public static final String OVERRIDE = "CLAIMWIRE_TEST_KAFKA";

    private static LocalKafka shared;

    private final String bootstrapServers;

    private LocalKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The broker shared by every test of this JVM, started on first use. */
    public static synchronized LocalKafka shared() {
        if (shared == null) {
            shared = startOrUseExisting();
        }
        return shared;
    }

    private static LocalKafka startOrUseExisting() {
        String existing = System.getenv(OVERRIDE);
        if (existing != null && !existing.isBlank()) {
            return new LocalKafka(existing.trim());
        }
        Path instanceDir = TemporaryDirectories.create("claimwire-kafka-");
        KafkaBroker broker = KafkaBroker.start(Distributions.locate(), instanceDir, FreePorts.next(),
                FreePorts.next(), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            TemporaryDirectories.deleteRecursively(instanceDir);
        }, "stop-local-kafka"));
        return new LocalKafka(broker.bootstrapServers());
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }
}
