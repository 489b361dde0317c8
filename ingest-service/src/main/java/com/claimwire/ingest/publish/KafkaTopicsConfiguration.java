package com.claimwire.ingest.publish;

import com.claimwire.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics ingest writes, created at startup when missing. */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    /** Large enough for the longest body ingest accepts. */
    static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    @Bean
    NewTopic rawArticlesTopic(KafkaTopicProperties topics) {
        return TopicBuilder.name(Topics.RAW_ARTICLES.qualifiedName(topics.namespace()))
                .partitions(topics.partitions())
                .replicas(topics.replicationFactor())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES))
                .build();
    }
}
