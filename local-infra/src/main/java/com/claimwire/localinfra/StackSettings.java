package com.claimwire.localinfra;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses, from environment variables with defaults.
 *
 * @param dataDir pid files, logs, Kafka and Elasticsearch data ({@value #DATA_DIR}, default {@code <repo>/.claimwire})
 * @param kafkaPort {@value #KAFKA_PORT}, default 9092; the KRaft controller listens on the next port
 * @param elasticsearchPort {@value #ELASTICSEARCH_PORT}, default 9200; transport on this port + 100
 * @param servicePorts {@code CLAIMWIRE_INGEST_PORT} 8081, {@code CLAIMWIRE_ANALYSIS_PORT} 8082,
 *     {@code CLAIMWIRE_SEARCH_PORT} 8083
 */
public record StackSettings(Path dataDir, int kafkaPort, int elasticsearchPort,
                            Map<ClaimwireService, Integer> servicePorts) {

    public static final String DATA_DIR = "CLAIMWIRE_DATA_DIR";
    public static final String KAFKA_PORT = "CLAIMWIRE_KAFKA_PORT";
    public static final String ELASTICSEARCH_PORT = "CLAIMWIRE_ES_PORT";

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
    }

    /** Settings from {@code environment} for the repository at {@code repoDir}. */
    public static StackSettings from(Map<String, String> environment, Path repoDir) {
        String dataDir = environment.get(DATA_DIR);
        Map<ClaimwireService, Integer> servicePorts = new EnumMap<>(ClaimwireService.class);
        for (ClaimwireService service : ClaimwireService.values()) {
            servicePorts.put(service, port(environment, service.portVariable(), service.defaultPort()));
        }
        return new StackSettings(
                dataDir == null || dataDir.isBlank() ? repoDir.resolve(".claimwire") : Path.of(dataDir).toAbsolutePath(),
                port(environment, KAFKA_PORT, 9092),
                port(environment, ELASTICSEARCH_PORT, 9200),
                servicePorts);
    }

    private static int port(Map<String, String> environment, String variable, int defaultPort) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    public int kafkaControllerPort() {
        return kafkaPort + 1;
    }

    public int elasticsearchTransportPort() {
        return elasticsearchPort + 100;
    }

    public int port(ClaimwireService service) {
        return servicePorts.get(service);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchPort;
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path elasticsearchDir() {
        return dataDir.resolve("elasticsearch");
    }

    public Path pidFile(String component) {
        return dataDir.resolve("run").resolve(component + ".pid");
    }

    public Path serviceLog(ClaimwireService service) {
        return dataDir.resolve("logs").resolve(service.module() + ".log");
    }

    public Path kafkaLog() {
        return kafkaDir().resolve("kafka.log");
    }

    public Path elasticsearchLog() {
        return elasticsearchDir().resolve("elasticsearch.log");
    }
}
