package com.claimwire.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnalyzedArticlePublisherTest {

    @Test
    void sizesReadTheWayAnOperatorWritesLimits() {
        assertThat(AnalyzedArticlePublisher.readable(900)).isEqualTo("900 bytes");
        assertThat(AnalyzedArticlePublisher.readable(64 * 1024)).isEqualTo("64.0 KB");
        assertThat(AnalyzedArticlePublisher.readable(1_468_006)).isEqualTo("1.4 MB");
    }

    @Test
    void aRecordIsMeasuredWithItsKeyAndTheBatchOverheadTheProducerCounts() {
        byte[] value = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);

        int size = AnalyzedArticlePublisher.recordSize("article-1", value);

        // Kafka's own upper bound: the value and key plus record and batch headers, so a record the check lets
        // through is never refused by the producer for its size.
        assertThat(size).isGreaterThan(1000 + "article-1".length()).isLessThan(1000 + 200);
    }
}
