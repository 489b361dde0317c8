package com.claimwire.localinfra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a Claimwire service process is wired to its infrastructure, expressed as the environment variables the
 * services read through Spring's relaxed binding.
 *
 * @param port {@code server.port}
 * @param kafkaBootstrapServers {@code spring.kafka.bootstrap-servers}
 * @param elasticsearchUrl {@code claimwire.search.elasticsearch.url}
 * @param extraEnvironment further variables, e.g. {@link #KAFKA_NAMESPACE} and {@link #INDEX_PREFIX} in tests
 */
public record ServiceSettings(int port, String kafkaBootstrapServers, String elasticsearchUrl,
                              Map<String, String> extraEnvironment) {

    public static final String SERVER_PORT = "SERVER_PORT";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "SPRING_KAFKA_BOOTSTRAP_SERVERS";
    public static final String ELASTICSEARCH_URL = "CLAIMWIRE_SEARCH_ELASTICSEARCH_URL";
    public static final String KAFKA_NAMESPACE = "CLAIMWIRE_KAFKA_NAMESPACE";
    public static final String INDEX_PREFIX = "CLAIMWIRE_SEARCH_INDEX_PREFIX";

    public ServiceSettings {
        extraEnvironment = Map.copyOf(extraEnvironment);
    }

    public ServiceSettings(int port, String kafkaBootstrapServers, String elasticsearchUrl) {
        this(port, kafkaBootstrapServers, elasticsearchUrl, Map.of());
    }

    /** The same wiring on another port. */
    public ServiceSettings withPort(int otherPort) {
        return new ServiceSettings(otherPort, kafkaBootstrapServers, elasticsearchUrl, extraEnvironment);
    }

    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(SERVER_PORT, Integer.toString(port));
        environment.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrapServers);
        environment.put(ELASTICSEARCH_URL, elasticsearchUrl);
        environment.putAll(extraEnvironment);
        return environment;
    }
}
