package com.claimwire.search.pipeline;

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
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final ElasticsearchContainer ELASTICSEARCH =
            new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineDriver.useInfrastructure(registry, KAFKA::getBootstrapServers, () -> "http://" + ELASTICSEARCH.getHttpHostAddress());
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
