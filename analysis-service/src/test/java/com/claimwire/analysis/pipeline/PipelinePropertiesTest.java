package com.claimwire.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimwire.contracts.Topics;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class PipelinePropertiesTest {

    @Test
    void defaultsWorkForALocalRun() {
        AnalysisProperties analysis = bind(Map.of(), "claimwire.analysis", AnalysisProperties.class);
        KafkaTopicProperties kafka = bind(Map.of(), "claimwire.kafka", KafkaTopicProperties.class);

        assertThat(analysis.concurrency()).isEqualTo(2);
        assertThat(analysis.timeBudget()).isEqualTo(Duration.ofSeconds(2));
        assertThat(analysis.embeddings().enabled()).isTrue();
        assertThat(analysis.embeddings().threads()).isEqualTo(1);
        assertThat(analysis.embeddings().cacheSize()).isEqualTo(4096);
        assertThat(kafka.namespace()).isEmpty();
        assertThat(kafka.partitions()).isEqualTo(6);
        assertThat(kafka.maxMessageSize()).isEqualTo(DataSize.ofMegabytes(8));
        assertThat(analysis.maxPollRecords()).isEqualTo(50);
        assertThat(kafka.nameOf(Topics.RAW_ARTICLES)).isEqualTo("claimwire.articles.raw");
        assertThat(kafka.qualify("claimwire-analysis")).isEqualTo("claimwire-analysis");
    }

    @Test
    void environmentStyleNamesBindToo() {
        AnalysisProperties analysis = bind(Map.of(
                "claimwire.analysis.embeddings.enabled", "false",
                "claimwire.analysis.time-budget", "500ms",
                "claimwire.analysis.concurrency", "3"), "claimwire.analysis", AnalysisProperties.class);

        assertThat(analysis.embeddings().enabled()).isFalse();
        assertThat(analysis.timeBudget()).isEqualTo(Duration.ofMillis(500));
        assertThat(analysis.concurrency()).isEqualTo(3);
    }

    @Test
    void aNamespacePrefixesTopicsDeadLettersAndTheConsumerGroup() {
        KafkaTopicProperties kafka = bind(Map.of("claimwire.kafka.namespace", "tenant-a"), "claimwire.kafka",
                KafkaTopicProperties.class);

        assertThat(kafka.nameOf(Topics.ENRICHED_ARTICLES)).isEqualTo("tenant-a.claimwire.articles.enriched");
        assertThat(kafka.deadLetterNameOf(Topics.RAW_ARTICLES)).isEqualTo("tenant-a.claimwire.articles.raw.dlt");
        assertThat(kafka.qualify("claimwire-analysis")).isEqualTo("tenant-a.claimwire-analysis");
    }

    @Test
    void nonsenseIsRefusedAtStartup() {
        assertThatThrownBy(() -> bind(Map.of("claimwire.analysis.concurrency", "0"), "claimwire.analysis",
                AnalysisProperties.class)).isInstanceOf(BindException.class)
                .hasRootCauseMessage("claimwire.analysis.concurrency must be at least 1");
        assertThatThrownBy(() -> bind(Map.of("claimwire.kafka.partitions", "0"), "claimwire.kafka",
                KafkaTopicProperties.class)).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("claimwire.analysis.embeddings.threads", "0"), "claimwire.analysis",
                AnalysisProperties.class)).isInstanceOf(BindException.class)
                .hasRootCauseMessage("claimwire.analysis.embeddings.threads must be at least 1");
        assertThatThrownBy(() -> bind(Map.of("claimwire.analysis.embeddings.cache-size", "0"), "claimwire.analysis",
                AnalysisProperties.class)).isInstanceOf(BindException.class);
    }

    private static <T> T bind(Map<String, String> properties, String prefix, Class<T> type) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, type);
    }
}
