package com.claimwire.systemtests;

import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;

/** The scenarios against the real Kafka and Elasticsearch processes of local-infra (no Docker needed). */
class LocalPipelineIT extends PipelineScenarios {

    @Override
    Infrastructure infrastructure() {
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
        };
    }
}
