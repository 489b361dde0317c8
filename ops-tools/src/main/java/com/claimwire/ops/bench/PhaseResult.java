package com.claimwire.ops.bench;

import java.util.List;

/**
 * The figures of one phase, computed from its articles' timelines.
 *
 * @param name {@code 20/s} or {@code max}
 * @param targetRate articles per second asked for, 0 for as fast as possible
 * @param startedAt first send, run-clock milliseconds
 * @param sendEndedAt last answer from ingest
 * @param endedAt when the phase stopped waiting (all searchable, or the drain timeout)
 * @param sent articles sent
 * @param accepted answered 202 (new or near-duplicate)
 * @param nearDuplicates accepted with {@code duplicateOf}: another copy's body nearly equal
 * @param rejected not accepted (error answer or no answer)
 * @param searchable accepted and seen by a search before the phase ended
 * @param alerted accepted and named by an alert of the run's rule
 * @param searchableLatency accepted to searchable
 * @param indexedLatency accepted to written by search-service ({@code indexedAt})
 * @param visibleLatency written to searchable (refresh and poll interval)
 * @param alertLatency accepted to first alert
 * @param ingestRate accepted per second while sending
 * @param endToEndRate searchable per second, from the first acceptance to the last article becoming searchable
 * @param rejections distinct reasons, for the report
 * @param stages where the time between sending and searchable went, stage by stage (see {@link StageSpan})
 */
record PhaseResult(
        String name,
        int targetRate,
        double startedAt,
        double sendEndedAt,
        double endedAt,
        int sent,
        int accepted,
        int nearDuplicates,
        int rejected,
        int searchable,
        int alerted,
        Percentiles searchableLatency,
        Percentiles indexedLatency,
        Percentiles visibleLatency,
        Percentiles alertLatency,
        double ingestRate,
        double endToEndRate,
        List<String> rejections,
        List<StageLatency> stages) {

    /** The latencies of one stage over the phase's articles that passed through it. */
    record StageLatency(StageSpan span, Percentiles latency) {
    }

    static PhaseResult of(String name, int targetRate, double endedAt, List<ArticleTimeline> articles) {
        double started = articles.stream().mapToDouble(ArticleTimeline::sentAt).filter(t -> !Double.isNaN(t)).min()
                .orElse(endedAt);
        List<ArticleTimeline> accepted = articles.stream().filter(ArticleTimeline::isAccepted).toList();
        List<ArticleTimeline> searchable = accepted.stream().filter(ArticleTimeline::isSearchable).toList();
        List<ArticleTimeline> alerted = accepted.stream().filter(a -> !Double.isNaN(a.alertedAt())).toList();
        double firstAccepted = accepted.stream().mapToDouble(ArticleTimeline::acceptedAt).min().orElse(Double.NaN);
        double lastAccepted = accepted.stream().mapToDouble(ArticleTimeline::acceptedAt).max().orElse(Double.NaN);
        double lastSearchable = searchable.stream().mapToDouble(ArticleTimeline::searchableAt).max()
                .orElse(Double.NaN);
        double sendSeconds = (lastAccepted - started) / 1000.0;
        double endToEndSeconds = (lastSearchable - firstAccepted) / 1000.0;
        return new PhaseResult(name, targetRate, started, Double.isNaN(lastAccepted) ? endedAt : lastAccepted,
                endedAt, articles.size(), accepted.size(),
                (int) accepted.stream().filter(a -> a.duplicateOf() != null).count(),
                articles.size() - accepted.size(), searchable.size(), alerted.size(),
                Percentiles.of(searchable.stream().map(ArticleTimeline::searchableLatency).toList()),
                Percentiles.of(searchable.stream().map(ArticleTimeline::indexedLatency).toList()),
                Percentiles.of(searchable.stream().map(a -> a.searchableAt() - a.indexedAt()).toList()),
                Percentiles.of(alerted.stream().map(ArticleTimeline::alertLatency).toList()),
                sendSeconds > 0 ? accepted.size() / sendSeconds : Double.NaN,
                endToEndSeconds > 0 ? searchable.size() / endToEndSeconds : Double.NaN,
                articles.stream().filter(a -> !a.isAccepted() && a.status() != null).map(ArticleTimeline::status)
                        .distinct().limit(5).toList(),
                StageSpan.ALL.stream().map(span -> new StageLatency(span, Percentiles.of(accepted.stream()
                        .map(span::of).filter(value -> !Double.isNaN(value)).toList()))).toList());
    }

    boolean asFastAsPossible() {
        return targetRate == 0;
    }
}
