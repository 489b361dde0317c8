package com.claimwire.systemtests;

import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;

/** The Kafka and Elasticsearch a scenario runs the services against, and how to take them away. */
interface Infrastructure {

    /** The real Kafka and Elasticsearch processes of local-infra (no Docker needed), shared by this JVM. */
    static Infrastructure local() {
        LocalKafka kafka = LocalKafka.shared();
        LocalElasticsearch elasticsearch = LocalElasticsearch.shared();
        return new Infrastructure() {
            @Override
            public String kafkaBootstrapServers() {
                return kafka.bootstrapServers();
            }

            @Override
            public String elasticsearchUrl() {
                return elasticsearch.url();
            }

            @Override
            public boolean canInterruptElasticsearch() {
                return elasticsearch.isManaged();
            }

            @Override
            public void interruptElasticsearch() {
                elasticsearch.stop();
            }

            @Override
            public void restoreElasticsearch() {
                elasticsearch.start();
            }

            @Override
            public boolean canRestartKafka() {
                return kafka.isManaged();
            }

            @Override
            public void stopKafka() {
                kafka.stop();
            }

            @Override
            public void startKafka() {
                kafka.start();
            }
        };
    }

    /** Bootstrap servers reachable from processes on this machine. */
    String kafkaBootstrapServers();

    /** Base URL of Elasticsearch reachable from processes on this machine. */
    String elasticsearchUrl();

    /** Whether {@link #interruptElasticsearch()} and {@link #restoreElasticsearch()} are possible here. */
    default boolean canInterruptElasticsearch() {
        return false;
    }

    /** Makes Elasticsearch unavailable, keeping its data and address. */
    default void interruptElasticsearch() {
        throw new UnsupportedOperationException("this Elasticsearch cannot be stopped from the tests");
    }

    /** Brings Elasticsearch back on the same address with its data, returning once it is healthy. */
    default void restoreElasticsearch() {
        throw new UnsupportedOperationException("this Elasticsearch cannot be started from the tests");
    }

    /** Whether {@link #stopKafka()} and {@link #startKafka()} are possible here. */
    default boolean canRestartKafka() {
        return false;
    }

    /** Stops the broker, keeping its data and address. */
    default void stopKafka() {
        throw new UnsupportedOperationException("this Kafka cannot be stopped from the tests");
    }

    /** Starts the broker again on the same address with its data, returning once it serves requests. */
    default void startKafka() {
        throw new UnsupportedOperationException("this Kafka cannot be started from the tests");
    }
}
