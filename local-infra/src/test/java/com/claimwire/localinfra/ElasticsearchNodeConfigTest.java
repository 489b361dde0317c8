package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ElasticsearchNodeConfigTest {

    private final ElasticsearchNodeConfig config =
            new ElasticsearchNodeConfig(19200, 19300, Path.of("/data/es"));

    @Test
    void singleNodeOnLoopbackWithoutSecurity() {
        assertThat(config.renderElasticsearchYml())
                .contains("discovery.type: \"single-node\"")
                .contains("xpack.security.enabled: \"false\"")
                .contains("network.host: \"127.0.0.1\"")
                .contains("http.port: \"19200\"")
                .contains("transport.port: \"19300\"");
        assertThat(config.url()).isEqualTo("http://127.0.0.1:19200");
    }

    @Test
    void everythingItWritesStaysInTheInstanceDirectory() {
        assertThat(config.settings().get("path.data")).isEqualTo("/data/es/data");
        assertThat(config.settings().get("path.logs")).isEqualTo("/data/es/logs");
        assertThat(config.environment(Path.of("/opt/jdk")))
                .containsEntry("ES_PATH_CONF", "/data/es/config")
                .containsEntry("ES_TMPDIR", "/data/es/tmp")
                .containsEntry("HOME", "/data/es")
                .containsEntry("ES_JAVA_HOME", "/opt/jdk");
    }

    @Test
    void heapIsFixedRatherThanAShareOfTheMachine() {
        assertThat(config.environment(Path.of("/opt/jdk"))).containsEntry("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    }

    @Test
    void quotesInPathsAreEscapedInYaml() {
        ElasticsearchNodeConfig odd = new ElasticsearchNodeConfig(1, 2, Path.of("/data/\"odd\""));

        assertThat(odd.renderElasticsearchYml()).contains("path.data: \"/data/\\\"odd\\\"/data\"");
    }
}
