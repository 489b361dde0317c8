package com.claimwire.systemtests;

import com.claimwire.localinfra.ElasticsearchNode;
import org.awaitility.Awaitility;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The scenarios against Kafka and Elasticsearch in containers, the images docker-compose.yml uses. Skipped
 * where there is no Docker. An outage is a paused container: same address, same data.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerPipelineIT extends PipelineScenarios {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    static final ElasticsearchContainer ELASTICSEARCH =
            new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:8.19.21")
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    @Override
    Infrastructure infrastructure() {
        return new Infrastructure() {
            @Override
            public String kafkaBootstrapServers() {
                return KAFKA.getBootstrapServers();
            }

            @Override
            public String elasticsearchUrl() {
                return "http://" + ELASTICSEARCH.getHttpHostAddress();
            }

            @Override
            public boolean canInterruptElasticsearch() {
                return true;
            }

            @Override
            public void interruptElasticsearch() {
                ELASTICSEARCH.getDockerClient().pauseContainerCmd(ELASTICSEARCH.getContainerId()).exec();
            }

            @Override
            public void restoreElasticsearch() {
                ELASTICSEARCH.getDockerClient().unpauseContainerCmd(ELASTICSEARCH.getContainerId()).exec();
                Awaitility.await().atMost(java.time.Duration.ofMinutes(1))
                        .until(() -> ElasticsearchNode.isHealthy(elasticsearchUrl()));
            }
        };
    }
}
