package com.claimwire.ingest.dedup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How duplicates are recognised.
 *
 * @param minSimilarity estimated Jaccard similarity of word 3-shingles from which two bodies count as copies
 * @param minWords shortest body, in words, compared for near duplicates
 * @param warmupTimeout how long a request waits for the state to be rebuilt from the topic after a start
 */
@ConfigurationProperties("claimwire.ingest.dedup")
public record DedupProperties(
        @DefaultValue("0.7") double minSimilarity,
        @DefaultValue("30") int minWords,
        @DefaultValue("20s") Duration warmupTimeout) {
}
