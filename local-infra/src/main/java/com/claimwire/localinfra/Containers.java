package com.claimwire.localinfra;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The infrastructure as containers, for the Testcontainers variants of the ITs: the images docker-compose.yml
 * runs, pinned to the versions the local processes run. Callers need Testcontainers on their test classpath.
 */
public final class Containers {

    private Containers() {
    }

    /** A single KRaft Kafka broker. */
    public static KafkaContainer kafka() {
        return new KafkaContainer("apache/kafka:" + Distributions.kafkaVersion());
    }

    /** The full Elasticsearch distribution (english analyzer, percolator, _reindex), single node, no security. */
    public static ElasticsearchContainer elasticsearch() {
        return new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:"
                + Distributions.elasticsearchVersion())
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    }

    /** The URL of a started {@link #elasticsearch()} container. */
    public static String url(ElasticsearchContainer elasticsearch) {
        return "http://" + elasticsearch.getHttpHostAddress();
    }
}
