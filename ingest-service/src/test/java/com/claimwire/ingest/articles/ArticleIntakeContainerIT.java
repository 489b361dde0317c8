package com.claimwire.ingest.articles;

import com.claimwire.localinfra.Containers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The intake scenarios against Kafka in a container; skipped where there is no Docker engine. */
@Testcontainers(disabledWithoutDocker = true)
class ArticleIntakeContainerIT extends ArticleIntakeScenarios {

    @Container
    static final KafkaContainer KAFKA = Containers.kafka();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }
}
