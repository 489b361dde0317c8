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

    @Test
    void oneInstanceOfEachServiceUnlessToldOtherwise() {
        StackSettings settings = StackSettings.from(Map.of(), repo);

        for (ClaimwireService service : ClaimwireService.values()) {
            assertThat(settings.instances(service)).containsExactly(ServiceInstance.first(service));
        }
    }

    @Test
    void furtherInstancesGetTheirOwnPortsLogsAndPidFiles() {
        StackSettings settings = StackSettings.from(Map.of(
                "CLAIMWIRE_ANALYSIS_INSTANCES", "2",
                "CLAIMWIRE_SEARCH_INSTANCES", "3",
                "CLAIMWIRE_SEARCH_PORT", "18083"), repo);

        assertThat(settings.instances(ClaimwireService.INGEST)).hasSize(1);
        assertThat(settings.instances(ClaimwireService.ANALYSIS)).extracting(ServiceInstance::name)
                .containsExactly("analysis-service", "analysis-service-2");
        assertThat(settings.instances(ClaimwireService.SEARCH)).extracting(settings::port)
                .containsExactly(18083, 18093, 18103);
        ServiceInstance second = new ServiceInstance(ClaimwireService.ANALYSIS, 2);
        assertThat(settings.port(second)).isEqualTo(8092);
        assertThat(settings.serviceLog(second)).isEqualTo(Path.of("/repo/.claimwire/logs/analysis-service-2.log"));
        assertThat(settings.pidFile(second.name())).isEqualTo(Path.of("/repo/.claimwire/run/analysis-service-2.pid"));
    }

    @Test
    void instancesWhosePortsWouldCollideAreRefused() {
        assertThatThrownBy(() -> StackSettings.from(Map.of(
                "CLAIMWIRE_INGEST_INSTANCES", "2",
                "CLAIMWIRE_ANALYSIS_PORT", "8091"), repo))
                .hasMessageContaining("8091")
                .hasMessageContaining("ingest-service-2")
                .hasMessageContaining("analysis-service");
    }

    @Test
    void aNumberOfInstancesOutOfRangeNamesTheVariable() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("CLAIMWIRE_SEARCH_INSTANCES", "0"), repo))
                .hasMessageContaining("CLAIMWIRE_SEARCH_INSTANCES");
        assertThatThrownBy(() -> StackSettings.from(Map.of("CLAIMWIRE_ANALYSIS_INSTANCES", "two"), repo))
                .hasMessageContaining("CLAIMWIRE_ANALYSIS_INSTANCES")
                .hasMessageContaining("two");
    }

    @Test
    void instanceNamesReadBackAsTheirInstance() {
        assertThat(ServiceInstance.parse("search-service")).contains(ServiceInstance.first(ClaimwireService.SEARCH));
        assertThat(ServiceInstance.parse("search-service-2"))
                .contains(new ServiceInstance(ClaimwireService.SEARCH, 2));
        assertThat(ServiceInstance.parse("search-service-1")).isEmpty();
        assertThat(ServiceInstance.parse("kafka")).isEmpty();
    }
}
