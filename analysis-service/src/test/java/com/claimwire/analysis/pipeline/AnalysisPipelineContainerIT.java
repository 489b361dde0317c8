package com.claimwire.analysis.pipeline;

import com.claimwire.localinfra.Containers;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The pipeline scenarios on Kafka in a container, where Docker is available; skipped where it is not. */
@Testcontainers(disabledWithoutDocker = true)
class AnalysisPipelineContainerIT extends AnalysisPipelineScenarios {

    /** The broker version the local infrastructure and docker-compose.yml run. */
    @Container
    private static final KafkaContainer KAFKA = Containers.kafka();

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
