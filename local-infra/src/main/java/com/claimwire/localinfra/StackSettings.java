package com.claimwire.localinfra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses, from environment variables with defaults.
 *
 * @param dataDir pid files, logs, Kafka and Elasticsearch data ({@value #DATA_DIR}, default {@code <repo>/.claimwire})
 * @param kafkaPort {@value #KAFKA_PORT}, default 9092; the KRaft controller listens on the next port
 * @param elasticsearchPort {@value #ELASTICSEARCH_PORT}, default 9200; transport on this port + 100
 * @param servicePorts port of each service's first instance: {@code CLAIMWIRE_INGEST_PORT} 8081,
 *     {@code CLAIMWIRE_ANALYSIS_PORT} 8082, {@code CLAIMWIRE_SEARCH_PORT} 8083; instance n listens on that port
 *     + {@value #INSTANCE_PORT_STEP} × (n - 1)
 * @param serviceInstances how many instances of each service run: {@code CLAIMWIRE_INGEST_INSTANCES},
 *     {@code CLAIMWIRE_ANALYSIS_INSTANCES}, {@code CLAIMWIRE_SEARCH_INSTANCES}, 1 to {@value #MAX_INSTANCES},
 *     default 1
 */
public record StackSettings(Path dataDir, int kafkaPort, int elasticsearchPort,
                            Map<ClaimwireService, Integer> servicePorts,
                            Map<ClaimwireService, Integer> serviceInstances) {

    public static final String DATA_DIR = "CLAIMWIRE_DATA_DIR";
    public static final String KAFKA_PORT = "CLAIMWIRE_KAFKA_PORT";
    public static final String ELASTICSEARCH_PORT = "CLAIMWIRE_ES_PORT";
    /** Ports of further instances step by this much, so that the default ports of the services never collide. */
    static final int INSTANCE_PORT_STEP = 10;
    static final int MAX_INSTANCES = 9;

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
        serviceInstances = Map.copyOf(serviceInstances);
        Map<Integer, String> users = new HashMap<>();
        users.put(kafkaPort, KAFKA_PORT);
        users.put(kafkaPort + 1, KAFKA_PORT + " (controller)");
        users.put(elasticsearchPort, ELASTICSEARCH_PORT);
        users.put(elasticsearchPort + 100, ELASTICSEARCH_PORT + " (transport)");
        for (ClaimwireService service : ClaimwireService.values()) {
            for (int number = 1; number <= serviceInstances.get(service); number++) {
                int port = servicePorts.get(service) + INSTANCE_PORT_STEP * (number - 1);
                String user = new ServiceInstance(service, number).name();
                String other = users.putIfAbsent(port, user);
                if (other != null) {
                    throw new IllegalArgumentException("Port " + port + " would serve both " + other + " and " + user
                            + ": choose other ports (instance n of a service listens on its port + "
                            + INSTANCE_PORT_STEP + " × (n - 1)).");
                }
            }
        }
    }

    /** Settings from {@code environment} for the repository at {@code repoDir}. */
    public static StackSettings from(Map<String, String> environment, Path repoDir) {
        String dataDir = environment.get(DATA_DIR);
        Map<ClaimwireService, Integer> servicePorts = new EnumMap<>(ClaimwireService.class);
        Map<ClaimwireService, Integer> serviceInstances = new EnumMap<>(ClaimwireService.class);
        for (ClaimwireService service : ClaimwireService.values()) {
            servicePorts.put(service, port(environment, service.portVariable(), service.defaultPort()));
            serviceInstances.put(service, instances(environment, service.instancesVariable()));
        }
        return new StackSettings(
                dataDir == null || dataDir.isBlank() ? repoDir.resolve(".claimwire") : Path.of(dataDir).toAbsolutePath(),
                port(environment, KAFKA_PORT, 9092),
                port(environment, ELASTICSEARCH_PORT, 9200),
                servicePorts,
                serviceInstances);
    }

    private static int instances(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int instances = Integer.parseInt(value.trim());
            if (instances < 1 || instances > MAX_INSTANCES) {
                throw new NumberFormatException();
            }
            return instances;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a number of instances (1-" + MAX_INSTANCES
                    + "), not '" + value + "'");
        }
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

    /** The port of the first instance of {@code service}. */
    public int port(ClaimwireService service) {
        return servicePorts.get(service);
    }

    public int port(ServiceInstance instance) {
        return port(instance.service()) + INSTANCE_PORT_STEP * (instance.number() - 1);
    }

    /** The instances of {@code service} that {@code up} starts, first one first. */
    public List<ServiceInstance> instances(ClaimwireService service) {
        List<ServiceInstance> instances = new ArrayList<>();
        for (int number = 1; number <= serviceInstances.get(service); number++) {
            instances.add(new ServiceInstance(service, number));
        }
        return instances;
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
        return runDir().resolve(component + ".pid");
    }

    /** The log of the first instance of {@code service}. */
    public Path serviceLog(ClaimwireService service) {
        return serviceLog(ServiceInstance.first(service));
    }

    public Path serviceLog(ServiceInstance instance) {
        return dataDir.resolve("logs").resolve(instance.name() + ".log");
    }

    /** Where the pid files are. */
    public Path runDir() {
        return dataDir.resolve("run");
    }

    public Path kafkaLog() {
        return kafkaDir().resolve("kafka.log");
    }

    public Path elasticsearchLog() {
        return elasticsearchDir().resolve("elasticsearch.log");
    }
}
