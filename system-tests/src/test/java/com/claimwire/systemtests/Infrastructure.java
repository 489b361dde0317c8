package com.claimwire.systemtests;

/** The Kafka and Elasticsearch a scenario runs the services against, and how to take Elasticsearch away. */
interface Infrastructure {

    /** Bootstrap servers reachable from processes on this machine. */
    String kafkaBootstrapServers();

    /** Base URL of Elasticsearch reachable from processes on this machine. */
    String elasticsearchUrl();

    /** Whether {@link #interruptElasticsearch()} is possible here. */
    boolean canInterruptElasticsearch();

    /** Makes Elasticsearch unavailable, keeping its data and address. */
    void interruptElasticsearch();

    /** Brings Elasticsearch back on the same address with its data, returning once it is healthy. */
    void restoreElasticsearch();
}
