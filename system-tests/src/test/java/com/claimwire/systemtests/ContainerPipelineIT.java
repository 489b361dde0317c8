package com.claimwire.systemtests;

import com.claimwire.localinfra.Containers;
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
    static final KafkaContainer KAFKA = Containers.kafka();

    @Container
    static final ElasticsearchContainer ELASTICSEARCH =
            Containers.elasticsearch();

    @Override
    Infrastructure infrastructure() {
        return new Infrastructure() {
            @Override
            public String kafkaBootstrapServers() {
                return KAFKA.getBootstrapServers();
            }

            @Override
            public String elasticsearchUrl() {
                return Containers.url(ELASTICSEARCH);
            }
        };
    }
}
