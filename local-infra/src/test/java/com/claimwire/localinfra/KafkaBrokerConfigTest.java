package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerConfigTest {

    private final KafkaBrokerConfig config = new KafkaBrokerConfig(19092, 19093, Path.of("/data/kafka"));

    @Test
    void runsBrokerAndControllerInOneProcessOnLoopback() throws Exception {
        Properties properties = parse(config.renderServerProperties());

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(properties.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
        assertThat(properties.getProperty("log.dirs")).isEqualTo("/data/kafka");
        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void everyReplicationFactorAndMinimumInSyncReplicasIsOne() throws Exception {
        Properties properties = parse(config.renderServerProperties());

        assertThat(properties.stringPropertyNames())
                .filteredOn(name -> name.endsWith("replication.factor") || name.endsWith("min.isr")
                        || name.equals("min.insync.replicas"))
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(name -> assertThat(properties.getProperty(name)).isEqualTo("1"));
    }

    @Test
    void windowsStylePathsSurviveThePropertiesSyntax() throws Exception {
        KafkaBrokerConfig windows = new KafkaBrokerConfig(1, 2, Path.of("C:\\kafka\\data"));

        assertThat(parse(windows.renderServerProperties()).getProperty("log.dirs")).endsWith("C:\\kafka\\data");
    }

    @Test
    void heapIsBoundedAndLoggingQuiet() {
        assertThat(KafkaBrokerConfig.jvmOptions())
                .contains("-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    }

    @Test
    void clusterIdsAreKafkaStyleUuids() {
        String id = KafkaBrokerConfig.newClusterId();

        assertThat(id).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
        assertThat(KafkaBrokerConfig.newClusterId()).isNotEqualTo(id);
    }

    private static Properties parse(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
