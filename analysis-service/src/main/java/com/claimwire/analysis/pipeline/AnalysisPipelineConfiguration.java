package com.claimwire.analysis.pipeline;

import com.claimwire.analysis.embeddings.ClaimEmbeddingStep;
import com.claimwire.analysis.engine.ClaimsEngine;
import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import com.claimwire.embeddings.CachingClaimEmbedder;
import com.claimwire.embeddings.MiniLmClaimEmbedder;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Wires the raw-articles consumer, the claims engine and the publishers together; no logic of its own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AnalysisProperties.class, KafkaTopicProperties.class})
class AnalysisPipelineConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisPipelineConfiguration.class);

    @Bean
    KafkaAdmin.NewTopics analysisTopics(KafkaTopicProperties topics) {
        return new KafkaAdmin.NewTopics(
                newTopic(topics.nameOf(Topics.RAW_ARTICLES), topics, Topics.RAW_ARTICLES),
                newTopic(topics.deadLetterNameOf(Topics.RAW_ARTICLES), topics, Topics.RAW_ARTICLES,
                        topics.deadLetterLimit()),
                newTopic(topics.nameOf(Topics.ENRICHED_ARTICLES), topics, Topics.ENRICHED_ARTICLES),
                newTopic(topics.nameOf(Topics.CLAIMS), topics, Topics.CLAIMS));
    }

    private static NewTopic newTopic(String name, KafkaTopicProperties topics, Topic<?> topic) {
        return newTopic(name, topics, topic, topics.maxMessageSize().toBytes());
    }

    private static NewTopic newTopic(String name, KafkaTopicProperties topics, Topic<?> topic, long maxMessageBytes) {
        TopicBuilder builder = TopicBuilder.name(name).partitions(topics.partitions())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Long.toString(maxMessageBytes));
        return topic.compacted() ? builder.compact().build() : builder.build();
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer maxRequestSize(KafkaTopicProperties topics) {
        return producerFactory -> producerFactory.updateConfigs(Map.of(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) topics.maxMessageSize().toBytes()));
    }

    @Bean
    ArticleAnalysis articleAnalysis(AnalysisProperties properties, AnalysisMetrics metrics) {
        AnalysisProperties.Embeddings settings = properties.embeddings();
        Optional<ClaimEmbeddingStep> embeddings = Optional.empty();
        if (settings.enabled()) {
            CachingClaimEmbedder embedder = new CachingClaimEmbedder(
                    new MiniLmClaimEmbedder(settings.threads()), settings.cacheSize());
            metrics.cacheOf(embedder);
            embeddings = Optional.of(new ClaimEmbeddingStep(embedder));
        }
        return new ArticleAnalysis(ClaimsEngine.withDefaults(), embeddings, properties.timeBudget(), metrics);
    }

    @Bean
    AnalysisMetrics analysisMetrics(MeterRegistry registry) {
        return new AnalysisMetrics(registry);
    }

    @Bean
    DeadLetterTemplate deadLetterTemplate(ProducerFactory<String, byte[]> producers, KafkaTopicProperties topics) {
        return new DeadLetterTemplate(producers, topics.deadLetterLimit());
    }

    /**
     * Poison records (not an article, one the engine cannot take, or one whose results cannot be published) go to
     * the dead-letter topic at once, with the reason; anything else (the broker unavailable) is retried with
     * backoff for as long as it takes.
     */
    @Bean
    DefaultErrorHandler rawArticleErrorHandler(DeadLetterTemplate deadLetterTemplate, KafkaTopicProperties topics,
            AnalysisMetrics metrics) {
        String deadLetterTopic = topics.deadLetterNameOf(Topics.RAW_ARTICLES);
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(
                deadLetterTemplate.template(),
                (record, failure) -> new TopicPartition(deadLetterTopic, -1));
        deadLetters.addHeadersFunction(DeadLetterReason::header);
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, failure) -> {
            deadLetters.accept(record, consumer, failure);
            metrics.deadLettered();
            LOG.warn("article {} ({}-{}@{}) went to {}: {}", record.key(), record.topic(), record.partition(),
                    record.offset(), deadLetterTopic, DeadLetterReason.of(failure));
        };
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(DeadLetterReason.POISON);
        // Both outcomes are handled (dead letter with its reason, or retry until the broker is back): warnings.
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    @Bean
    ConcurrentMessageListenerContainer<?, ?> rawArticleContainer(
            ConcurrentKafkaListenerContainerFactory<?, ?> factory, AnalysisProperties properties,
            KafkaTopicProperties topics, ArticleAnalysis analysis, KafkaTemplate<String, byte[]> template,
            AnalysisMetrics metrics) {
        ConcurrentMessageListenerContainer<?, ?> container = factory.createContainer(topics.nameOf(Topics.RAW_ARTICLES));
        container.setConcurrency(properties.concurrency());
        container.getContainerProperties().setGroupId(topics.qualify(properties.consumerGroup()));
        Properties consumer = new Properties();
        consumer.setProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(properties.maxPollRecords()));
        container.getContainerProperties().setKafkaConsumerProperties(consumer);
        container.setupMessageListener(
                new RawArticleListener(analysis, new AnalyzedArticlePublisher(template, topics), metrics));
        return container;
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, KafkaTopicProperties topics) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties(), topics.healthTimeout());
    }
}
