package com.claimwire.systemtests;

/** The scenarios against the real Kafka and Elasticsearch processes of local-infra (no Docker needed). */
class LocalPipelineIT extends PipelineScenarios {

    @Override
    Infrastructure infrastructure() {
        return Infrastructure.local();
    }
}
