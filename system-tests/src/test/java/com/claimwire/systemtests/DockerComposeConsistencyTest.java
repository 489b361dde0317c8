package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.Distributions;
import com.claimwire.localinfra.ServiceSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is held to the services' own configuration:
 * service names, ports, images, environment variables (by Spring's relaxed binding), health checks.
 */
class DockerComposeConsistencyTest {

    private static final String KAFKA = "kafka";
    private static final String ELASTICSEARCH = "elasticsearch";
    private static final int KAFKA_PORT = 9092;
    private static final int ELASTICSEARCH_PORT = 9200;

    private static Path repo;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void readCompose() throws IOException {
        repo = Distributions.locate().repoDir();
        services = map(yaml(repo.resolve("docker-compose.yml")).get("services"));
    }

    @Test
    void composeRunsKafkaElasticsearchAndTheThreeServices() {
        Set<String> expected = new TreeSet<>(List.of(KAFKA, ELASTICSEARCH));
        for (ClaimwireService service : ClaimwireService.values()) {
            expected.add(service.module());
        }

        assertThat(services.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void infrastructureImagesArePinnedToTheVersionsTheLocalInfrastructureRuns() {
        assertThat(services.get(KAFKA).get("image")).isEqualTo("apache/kafka:" + Distributions.kafkaVersion());
        assertThat(services.get(ELASTICSEARCH).get("image"))
                .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch:" + Distributions.elasticsearchVersion());
    }

    @Test
    void kafkaAdvertisesTheAddressTheServicesUseAndElasticsearchRunsSingleNodeWithoutSecurity() {
        assertThat(environment(KAFKA).get("KAFKA_ADVERTISED_LISTENERS"))
                .contains("PLAINTEXT://" + KAFKA + ":" + KAFKA_PORT);
        assertThat(environment(KAFKA).get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(environment(ELASTICSEARCH))
                .containsEntry("discovery.type", "single-node")
                .containsEntry("xpack.security.enabled", "false");
        assertThat(healthCheck(KAFKA)).isNotBlank();
        assertThat(healthCheck(ELASTICSEARCH)).contains(":" + ELASTICSEARCH_PORT + "/_cluster/health");
    }

    @ParameterizedTest
    @EnumSource(ClaimwireService.class)
    void serviceListensOnItsConfiguredPortAndReportsReadinessThere(ClaimwireService service) throws IOException {
        int port = service.defaultPort();
        Map<String, Object> compose = services.get(service.module());

        assertThat(applicationYml(service)).containsEntry("server.port", port);
        assertThat(environment(service.module())).containsEntry(ServiceSettings.SERVER_PORT, Integer.toString(port));
        assertThat(strings(compose.get("ports"))).containsExactly(port + ":" + port);
        assertThat(healthCheck(service.module())).contains("localhost:" + port + "/actuator/health/readiness");
    }

    @ParameterizedTest
    @EnumSource(ClaimwireService.class)
    void everyEnvironmentVariableBindsToASettingOfTheService(ClaimwireService service) throws IOException {
        Set<String> settings = new TreeSet<>();
        applicationYml(service).keySet().forEach(key -> settings.add(relaxed(key)));

        assertThat(environment(service.module()).keySet())
                .isNotEmpty()
                .allSatisfy(variable -> assertThat(settings).as("settings of %s", service.module())
                        .contains(relaxed(variable)));
    }

    @ParameterizedTest
    @EnumSource(ClaimwireService.class)
    void serviceReachesKafkaAndWaitsForItToBeHealthy(ClaimwireService service) {
        assertThat(environment(service.module()))
                .containsEntry(ServiceSettings.KAFKA_BOOTSTRAP_SERVERS, KAFKA + ":" + KAFKA_PORT);
        assertThat(dependsOnHealthy(service.module())).contains(KAFKA);
    }

    @Test
    void searchServiceReachesElasticsearchAndWaitsForItToBeHealthy() {
        assertThat(environment(ClaimwireService.SEARCH.module()))
                .containsEntry(ServiceSettings.ELASTICSEARCH_URL, "http://" + ELASTICSEARCH + ":" + ELASTICSEARCH_PORT);
        assertThat(dependsOnHealthy(ClaimwireService.SEARCH.module())).contains(ELASTICSEARCH);
    }

    @Test
    void servicesWithWriteEndpointsGetTheirApiKeysFromTheEnvironment() throws IOException {
        for (ClaimwireService service : ClaimwireService.values()) {
            boolean hasApiKeys = applicationYml(service).containsKey("claimwire.security.api-keys");
            assertThat(environment(service.module()).keySet().stream().anyMatch(name -> relaxed(name)
                    .equals(relaxed("claimwire.security.api-keys"))))
                    .as("%s gets claimwire.security.api-keys", service.module())
                    .isEqualTo(hasApiKeys);
        }
    }

    @Test
    void allServicesShareOneTopicNamespace() throws IOException {
        Set<String> namespaces = new TreeSet<>();
        for (ClaimwireService service : ClaimwireService.values()) {
            Object configured = applicationYml(service).getOrDefault("claimwire.kafka.namespace", "");
            namespaces.add(environment(service.module())
                    .getOrDefault(ServiceSettings.KAFKA_NAMESPACE, configured == null ? "" : configured.toString()));
        }

        assertThat(namespaces).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ClaimwireService.class)
    void serviceImageIsBuiltFromItsJarOverAPinnedJre(ClaimwireService service) throws IOException {
        Map<String, Object> build = map(services.get(service.module()).get("build"));
        String dockerfile = Files.readString(repo.resolve("Dockerfile"));

        assertThat(build).containsEntry("context", ".");
        assertThat(map(build.get("args"))).containsEntry("SERVICE", service.module())
                .containsEntry("PORT", service.defaultPort());
        assertThat(dockerfile)
                .containsPattern("(?m)^FROM eclipse-temurin:17\\.0\\.\\d+_\\d+-jre\\s*$")
                .contains("COPY ${SERVICE}/target/${SERVICE}-" + Distributions.projectVersion() + ".jar")
                .containsPattern("(?m)^EXPOSE \\$\\{PORT}\\s*$");
        assertThat(Files.readString(repo.resolve(".dockerignore")))
                .contains("!*/target/*-service-" + Distributions.projectVersion() + ".jar");
    }

    /** Spring's relaxed binding, reduced to what tells names apart: case and separators do not matter. */
    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "").replaceAll("\\[\\d+]", "");
    }

    private static Map<String, Object> applicationYml(ClaimwireService service) throws IOException {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", yaml(repo.resolve(service.module()).resolve("src/main/resources/application.yml")), flat);
        return flat;
    }

    private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> flat) {
        tree.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                flatten(name, map(child), flat);
            } else {
                flat.put(name, value);
            }
        });
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(services.get(service).get("environment")).forEach((name, value) -> environment.put(name, String.valueOf(value)));
        return environment;
    }

    private static String healthCheck(String service) {
        return String.join(" ", strings(map(services.get(service).get("healthcheck")).get("test")));
    }

    private static List<String> dependsOnHealthy(String service) {
        List<String> healthy = new ArrayList<>();
        map(services.get(service).get("depends_on")).forEach((dependency, condition) -> {
            if ("service_healthy".equals(map(condition).get("condition"))) {
                healthy.add(dependency);
            }
        });
        return healthy;
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, V>) value;
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
