package com.claimwire.ingest.articles;

import com.claimwire.localinfra.LocalKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The intake scenarios against the local Kafka broker (a real broker process, no Docker needed). */
class ArticleIntakeIT extends ArticleIntakeScenarios {

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
    }
}
