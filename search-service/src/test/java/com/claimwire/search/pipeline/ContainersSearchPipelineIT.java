package com.claimwire.search.pipeline;

import com.claimwire.localinfra.Containers;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pipeline scenarios against Kafka and the full Elasticsearch distribution in containers (with the english
 * analyzer). Skipped where there is no Docker; an outage is a paused container.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersSearchPipelineIT extends SearchPipelineScenarios {

    @Container
    static final KafkaContainer KAFKA = Containers.kafka();

    @Container
    static final ElasticsearchContainer ELASTICSEARCH =
            Containers.elasticsearch();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineDriver.useInfrastructure(registry, KAFKA::getBootstrapServers, () -> Containers.url(ELASTICSEARCH));
    }

    @Override
    boolean canInterruptElasticsearch() {
        return true;
    }

    @Override
    void stopElasticsearch() {
        DockerClientFactory.instance().client().pauseContainerCmd(ELASTICSEARCH.getContainerId()).exec();
    }

    @Override
    void startElasticsearch() {
        DockerClientFactory.instance().client().unpauseContainerCmd(ELASTICSEARCH.getContainerId()).exec();
    }
}
