package com.claimwire.analysis.pipeline;

import com.claimwire.localinfra.LocalKafka;

/** The pipeline scenarios on the local Kafka broker (a real KRaft broker process, no Docker). */
class AnalysisPipelineIT extends AnalysisPipelineScenarios {

    @Override
    String bootstrapServers() {
        return LocalKafka.shared().bootstrapServers();
    }
}
