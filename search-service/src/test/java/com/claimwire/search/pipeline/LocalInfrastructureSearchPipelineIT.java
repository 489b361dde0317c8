package com.claimwire.search.pipeline;

import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pipeline scenarios against the real Kafka broker and Elasticsearch node of {@code local-infra}. */
class LocalInfrastructureSearchPipelineIT extends SearchPipelineScenarios {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineDriver.useInfrastructure(registry, () -> LocalKafka.shared().bootstrapServers(),
                () -> LocalElasticsearch.shared().url());
    }

    @Override
    boolean canInterruptElasticsearch() {
        return LocalElasticsearch.shared().isManaged();
    }

    @Override
    void stopElasticsearch() {
        LocalElasticsearch.shared().stop();
    }

    @Override
    void startElasticsearch() {
        LocalElasticsearch.shared().start();
    }
}
