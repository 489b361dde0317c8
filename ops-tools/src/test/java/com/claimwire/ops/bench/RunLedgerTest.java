package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunLedgerTest {

    @Test
    void aSearchableArticleStillMissesStampsUntilItsRawAndEnrichedRecordsAreSeen() {
        ArticleTimeline article = new ArticleTimeline("bench-r-0-1", "20/s");
        article.accepted(10, "accepted", null);
        article.searchable(500, 300);
        assertThat(RunLedger.missingArticleStamps(List.of(article))).isEqualTo(1);

        article.stamped(TopicStampWatcher.Stage.RAW, 20);
        assertThat(RunLedger.missingArticleStamps(List.of(article))).isEqualTo(1);

        article.stamped(TopicStampWatcher.Stage.ENRICHED, 200);
        assertThat(RunLedger.missingArticleStamps(List.of(article))).isZero();
    }

    @Test
    void anArticleNotSearchableYetIsNotWaitedForByItsStamps() {
        ArticleTimeline article = new ArticleTimeline("bench-r-0-2", "20/s");
        article.accepted(10, "accepted", null);

        assertThat(RunLedger.missingArticleStamps(List.of(article))).isZero();
        assertThat(RunLedger.pendingSearchable(List.of(article))).isEqualTo(1);
    }
}
