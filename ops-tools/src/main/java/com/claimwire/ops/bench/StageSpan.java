package com.claimwire.ops.bench;

import com.claimwire.ops.bench.TopicStampWatcher.Stage;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One stretch of an article's way through the stack, between two points of its {@link ArticleTimeline}. The
 * article-path spans follow one another, so their means add up to the mean from sending to searchable.
 *
 * @param name short name for the report's table
 * @param meaning what the stretch covers, for the report's legend
 * @param from where it starts on the time line
 * @param to where it ends on the time line
 * @param articlePath whether it is on the path to searchable (the others are the claims' path)
 */
record StageSpan(String name, String meaning, ToDoubleFunction<ArticleTimeline> from,
                 ToDoubleFunction<ArticleTimeline> to, boolean articlePath) {

    static final List<StageSpan> ALL = List.of(
            new StageSpan("ingest", "sent → on the raw topic (HTTP, normalising, de-duplication, producer send)",
                    ArticleTimeline::sentAt, a -> a.stampOf(Stage.RAW), true),
            new StageSpan("analysis", "raw topic → enriched topic (consumer wait, queue behind the poll's batch,"
                    + " claims engine and embeddings, producer send)",
                    a -> a.stampOf(Stage.RAW), a -> a.stampOf(Stage.ENRICHED), true),
            new StageSpan("indexing", "enriched topic → `indexedAt` stamped by search-service (consumer fetch,"
                    + " queue behind earlier bulks)",
                    a -> a.stampOf(Stage.ENRICHED), ArticleTimeline::indexedAt, true),
            new StageSpan("visibility", "`indexedAt` → searchable (bulk request, wait for the next refresh, the"
                    + " refresh itself; the harness's poll is taken out: the middle of the window between the search"
                    + " that missed the article and the one that found it)",
                    ArticleTimeline::indexedAt, ArticleTimeline::searchableAt, true),
            new StageSpan("claims tracked", "first claim on the claims topic → first tracked claim published by"
                    + " search-service (consumer fetch, claim tracking, bulk write of the claims)",
                    a -> a.stampOf(Stage.CLAIMS), a -> a.stampOf(Stage.TRACKED), false));

    /** The stretch's length for {@code article} in milliseconds; {@code NaN} when either end did not happen. */
    double of(ArticleTimeline article) {
        return to.applyAsDouble(article) - from.applyAsDouble(article);
    }
}
