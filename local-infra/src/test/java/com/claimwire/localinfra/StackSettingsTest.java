package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private final Path repo = Path.of("/repo");

    @Test
    void defaultsAreTheDocumentedPortsAndADataDirectoryInTheRepository() {
        StackSettings settings = StackSettings.from(Map.of(), repo);

        assertThat(settings.dataDir()).isEqualTo(Path.of("/repo/.claimwire"));
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.elasticsearchUrl()).isEqualTo("http://127.0.0.1:9200");
        assertThat(settings.port(ClaimwireService.INGEST)).isEqualTo(8081);
        assertThat(settings.port(ClaimwireService.ANALYSIS)).isEqualTo(8082);
        assertThat(settings.port(ClaimwireService.SEARCH)).isEqualTo(8083);
    }

    @Test
    void environmentVariablesOverridePortsAndDataDirectory() {
        StackSettings settings = StackSettings.from(Map.of(
                "CLAIMWIRE_DATA_DIR", "/var/claimwire",
                "CLAIMWIRE_KAFKA_PORT", "19092",
                "CLAIMWIRE_ES_PORT", "19200",
                "CLAIMWIRE_INGEST_PORT", "18081",
                "CLAIMWIRE_ANALYSIS_PORT", "18082",
                "CLAIMWIRE_SEARCH_PORT", "18083"), repo);

        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/claimwire"));
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(19093);
        assertThat(settings.elasticsearchPort()).isEqualTo(19200);
        assertThat(settings.elasticsearchTransportPort()).isEqualTo(19300);
        assertThat(settings.port(ClaimwireService.INGEST)).isEqualTo(18081);
        assertThat(settings.port(ClaimwireService.ANALYSIS)).isEqualTo(18082);
        assertThat(settings.port(ClaimwireService.SEARCH)).isEqualTo(18083);
    }

    @Test
    void aPortThatIsNotANumberNamesTheVariable() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("CLAIMWIRE_ES_PORT", "elastic"), repo))
                .hasMessageContaining("CLAIMWIRE_ES_PORT")
                .hasMessageContaining("elastic");
        assertThatThrownBy(() -> StackSettings.from(Map.of("CLAIMWIRE_KAFKA_PORT", "70000"), repo))
                .hasMessageContaining("CLAIMWIRE_KAFKA_PORT");
    }

    @Test
    void everyComponentKeepsItsFilesInTheDataDirectory() {
        StackSettings settings = StackSettings.from(Map.of(), repo);

        assertThat(settings.pidFile("kafka")).isEqualTo(Path.of("/repo/.claimwire/run/kafka.pid"));
        assertThat(settings.serviceLog(ClaimwireService.SEARCH))
                .isEqualTo(Path.of("/repo/.claimwire/logs/search-service.log"));
        assertThat(settings.kafkaLog().startsWith(settings.dataDir())).isTrue();
        assertThat(settings.elasticsearchLog().startsWith(settings.dataDir())).isTrue();
    }
}
