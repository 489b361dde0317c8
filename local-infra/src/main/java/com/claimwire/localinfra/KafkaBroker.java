package com.claimwire.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real Kafka broker from the Maven distribution, as a separate {@code java} process. */
public final class KafkaBroker {

    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Distributions distributions;
    private final KafkaBrokerConfig config;
    private final Path instanceDir;
    private final boolean detached;
    private volatile ManagedProcess process;

    private KafkaBroker(Distributions distributions, KafkaBrokerConfig config, Path instanceDir, boolean detached) {
        this.distributions = distributions;
        this.config = config;
        this.instanceDir = instanceDir;
        this.detached = detached;
    }

    /**
     * Formats the storage in {@code instanceDir} unless it holds a formatted one (data is kept across restarts), starts the broker and waits until it serves
     * requests. Its configuration and log ({@code kafka.log}) live in {@code instanceDir}.
     */
    public static KafkaBroker start(Distributions distributions, Path instanceDir, int port, int controllerPort,
                                    boolean detached) {
        KafkaBroker broker = new KafkaBroker(distributions,
                new KafkaBrokerConfig(port, controllerPort, instanceDir.resolve("data")), instanceDir, detached);
        broker.start();
        return broker;
    }

    /**
     * Starts the broker (again) on the same ports and data, waiting until it accepts topics; does nothing while it
     * runs. Restarting keeps topics, records and committed offsets, like restarting a real broker.
     */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        Path libs = distributions.kafkaLibs();
        Path serverProperties = instanceDir.resolve("server.properties");
        Path log = instanceDir.resolve("kafka.log");
        try {
            Files.createDirectories(config.logDir());
            Files.writeString(serverProperties, config.renderServerProperties());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + instanceDir, e);
        }
        if (!Files.exists(config.logDir().resolve("meta.properties"))) {
            ManagedProcess.start("Kafka storage format",
                            javaCommand(libs, "kafka.tools.StorageTool", "format",
                                    "-t", KafkaBrokerConfig.newClusterId(), "-c", serverProperties.toString()),
                            Map.of(), instanceDir, log, false)
                    .awaitSuccessfulExit(FORMAT_TIMEOUT);
        }
        ManagedProcess broker = ManagedProcess.start("Kafka",
                javaCommand(libs, "kafka.Kafka", serverProperties.toString()), Map.of(), instanceDir, log, detached);
        process = broker;
        try {
            broker.awaitReady("accepting topics on " + config.bootstrapServers(), START_TIMEOUT,
                    () -> KafkaProbe.hasRegisteredBroker("127.0.0.1", config.port()));
        } catch (RuntimeException notReady) {
            broker.stop(STOP_GRACE);
            throw notReady;
        }
    }

    private static List<String> javaCommand(Path libs, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Distributions.javaExecutable().toString());
        command.addAll(KafkaBrokerConfig.jvmOptions());
        command.add("-cp");
        command.add(libs.toAbsolutePath() + "/*");
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    /** Whether a broker answers on {@code port} of loopback. */
    public static boolean servesRequests(int port) {
        return KafkaProbe.servesRequests("127.0.0.1", port);
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public ManagedProcess process() {
        return process;
    }

    /** Stops the broker (SIGTERM, then SIGKILL after a grace period); its ports and data stay for {@link #start()}. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }
}
