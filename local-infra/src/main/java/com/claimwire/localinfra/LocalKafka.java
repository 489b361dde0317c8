package com.claimwire.localinfra;

import java.nio.file.Path;

/**
 * The Kafka broker of this JVM's tests: started lazily once on free loopback ports in a temporary directory
 * and stopped when the JVM exits. If the environment variable {@value #OVERRIDE} names bootstrap servers,
 * that broker is used instead and nothing is started (then it cannot be stopped and restarted).
 */
public final class LocalKafka {

    public static final String OVERRIDE = "CLAIMWIRE_TEST_KAFKA";

    private static LocalKafka shared;

    private final String bootstrapServers;
    private final KafkaBroker broker;

    private LocalKafka(String bootstrapServers, KafkaBroker broker) {
        this.bootstrapServers = bootstrapServers;
        this.broker = broker;
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
            return new LocalKafka(existing.trim(), null);
        }
        Path instanceDir = TemporaryDirectories.create("claimwire-kafka-");
        KafkaBroker broker = KafkaBroker.start(Distributions.locate(), instanceDir, FreePorts.next(),
                FreePorts.next(), false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            TemporaryDirectories.deleteRecursively(instanceDir);
        }, "stop-local-kafka"));
        return new LocalKafka(broker.bootstrapServers(), broker);
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether this JVM started the broker, so that {@link #stop()} and {@link #start()} are possible. */
    public boolean isManaged() {
        return broker != null;
    }

    /** Stops the broker; its ports and data are kept for {@link #start()}. */
    public void stop() {
        managedBroker().stop();
    }

    /** Starts the broker again on the same ports and data, returning once it accepts topics. */
    public void start() {
        managedBroker().start();
    }

    private KafkaBroker managedBroker() {
        if (broker == null) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " comes from " + OVERRIDE
                    + " and cannot be stopped or started from here; check isManaged() first.");
        }
        return broker;
    }
}
