package com.claimwire.ops.bench;

import java.util.List;
import java.util.Locale;

/**
 * Consumer lag of one group over a run.
 *
 * @param group consumer group id
 * @param topics the topics it has committed offsets on
 * @param peak highest lag sampled
 * @param last lag at the last sample
 * @param samples how many samples
 */
record LagStats(String group, List<String> topics, long peak, long last, int samples) {

    static LagStats of(String group, List<String> topics, List<LagSampler.Sample> samples) {
        return new LagStats(group, List.copyOf(topics),
                samples.stream().mapToLong(LagSampler.Sample::lag).max().orElse(0),
                samples.isEmpty() ? 0 : samples.get(samples.size() - 1).lag(), samples.size());
    }

    /** The pipeline stage this group does, from the topics it reads; {@code null} for control topics. */
    String stage() {
        String stage = null;
        for (String topic : topics) {
            String name = topic.toLowerCase(Locale.ROOT);
            if (name.endsWith("claimwire.articles.raw")) {
                return "analysis (claim extraction and embeddings, analysis-service)";
            } else if (name.endsWith("claimwire.articles.enriched") || name.endsWith("claimwire.claims")) {
                stage = "indexing and claim tracking (search-service)";
            } else if (name.endsWith("claimwire.claims.tracked") && stage == null) {
                stage = "alert matching (search-service)";
            } else if (name.endsWith("claimwire.alerts") && stage == null) {
                stage = "alert delivery (search-service)";
            }
        }
        return stage;
    }
}
