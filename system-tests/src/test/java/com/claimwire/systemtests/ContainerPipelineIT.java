package com.claimwire.systemtests;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The scenarios against Kafka and Elasticsearch in containers, the images docker-compose.yml uses. Skipped
 * where there is no Docker. The fault scenarios need processes the tests can stop and start: {@link FaultToleranceIT}.
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
        };
    }
}
