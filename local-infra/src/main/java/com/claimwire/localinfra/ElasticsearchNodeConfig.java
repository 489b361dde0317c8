package com.claimwire.localinfra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A single-node Elasticsearch on loopback without security, everything it writes under one instance directory.
 *
 * @param httpPort the REST port
 * @param transportPort the node-to-node port (bound even by a single node)
 * @param instanceDir configuration, data, logs, temp files and the home of the process
 */
public record ElasticsearchNodeConfig(int httpPort, int transportPort, Path instanceDir) {

    static final String HEAP = "512m";

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path configDir() {
        return instanceDir.resolve("config");
    }

    public Path dataDir() {
        return instanceDir.resolve("data");
    }

    public Path logsDir() {
        return instanceDir.resolve("logs");
    }

    public Path tmpDir() {
        return instanceDir.resolve("tmp");
    }

    public Path log() {
        return instanceDir.resolve("elasticsearch.log");
    }

    /** The settings of {@code elasticsearch.yml}. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cluster.name", "claimwire-local");
        settings.put("node.name", "claimwire-local");
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", Integer.toString(httpPort));
        settings.put("transport.port", Integer.toString(transportPort));
        settings.put("discovery.type", "single-node");
        settings.put("xpack.security.enabled", "false");
        settings.put("path.data", dataDir().toAbsolutePath().toString());
        settings.put("path.logs", logsDir().toAbsolutePath().toString());
        // A nearly full developer disk must not turn the cluster read-only in the middle of a demo or a test.
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        return settings;
    }

    /** {@link #settings()} as YAML, every value quoted. */
    public String renderElasticsearchYml() {
        return settings().entrySet().stream()
                .map(entry -> entry.getKey() + ": \"" + entry.getValue().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The environment of the Elasticsearch process. */
    public Map<String, String> environment(Path javaHome) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("ES_JAVA_HOME", javaHome.toString());
        environment.put("ES_JAVA_OPTS", "-Xms" + HEAP + " -Xmx" + HEAP);
        environment.put("ES_PATH_CONF", configDir().toAbsolutePath().toString());
        environment.put("ES_TMPDIR", tmpDir().toAbsolutePath().toString());
        environment.put("HOME", instanceDir.toAbsolutePath().toString());
        return environment;
    }
}
