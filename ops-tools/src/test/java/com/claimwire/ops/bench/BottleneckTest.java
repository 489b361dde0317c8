package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BottleneckTest {

    private static final LagStats ANALYSIS = new LagStats("claimwire-analysis", List.of("claimwire.articles.raw"),
            1_800, 1_200, 60);
    private static final LagStats INDEXING = new LagStats("claimwire-search",
            List.of("claimwire.articles.enriched", "claimwire.claims"), 40, 0, 60);
    private static final LagStats RULES = new LagStats("rules-1", List.of("claimwire.alerts.rules"), 9_999, 9_999, 60);

    @Test
    void namesTheStageWhoseGroupFellFurthestBehindIgnoringControlTopics() {
        String text = Bottleneck.diagnose(List.of(INDEXING, ANALYSIS, RULES), List.of(), 2);

        assertThat(text).startsWith("**Bottleneck: analysis (claim extraction and embeddings, analysis-service).**")
                .contains("`claimwire-analysis`").contains("1,800 records at its peak");
    }

    @Test
    void saysSoWhenNoStageFellBehind() {
        assertThat(Bottleneck.diagnose(List.of(INDEXING), List.of(), 2)).startsWith("**No stage fell behind:**");
    }

    @Test
    void tellsASaturatedMachineFromIdleCpu() {
        List<ProcessStats> busy = List.of(new ProcessStats("analysis-service", 1, 60, 150, 199, 0, 0, 0),
                new ProcessStats("elasticsearch", 2, 60, 30, 80, 0, 0, 0));
        List<ProcessStats> idle = List.of(new ProcessStats("analysis-service", 1, 60, 95, 101, 0, 0, 0));

        assertThat(Bottleneck.diagnose(List.of(ANALYSIS), busy, 2))
                .contains("busiest process was analysis-service at 150 %").contains("CPU was saturated");
        assertThat(Bottleneck.diagnose(List.of(ANALYSIS), idle, 2)).contains("leaving CPU idle");
    }

    @Test
    void stagesFollowTheTopicsRead() {
        assertThat(new LagStats("g", List.of("ns.claimwire.claims.tracked"), 0, 0, 1).stage())
                .isEqualTo("alert matching (search-service)");
        assertThat(new LagStats("g", List.of("ns.claimwire.alerts"), 0, 0, 1).stage())
                .isEqualTo("alert delivery (search-service)");
        assertThat(RULES.stage()).isNull();
    }

    @Test
    void aLoadedMachineMakesEveryFigureALowerBound() {
        List<ProcessStats> processes = List.of(new ProcessStats("search-service", 1, 60, 9, 50, 0, 0, 0));

        assertThat(Bottleneck.diagnose(List.of(ANALYSIS), processes, 2, "0.50 0.40 0.30", "74.25 57.27 34.65"))
                .contains("load average reached 74.3 on 2 cores").contains("lower bound")
                .doesNotContain("leaving CPU idle");
        assertThat(Bottleneck.highestOneMinuteLoad("unknown", "1.5 0.8 0.3")).isEqualTo(1.5);
    }
    private static PhaseResult phase(String name, double analysisMillis, double visibilityMillis) {
        List<ArticleTimeline> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ArticleTimeline article = new ArticleTimeline(name + "-" + i, name);
            double sent = 1_000 + i * 50;
            article.sent(sent);
            article.accepted(sent + 10, "ACCEPTED", null);
            article.stamped(TopicStampWatcher.Stage.RAW, sent + 20);
            article.stamped(TopicStampWatcher.Stage.ENRICHED, sent + 20 + analysisMillis);
            double indexed = sent + 20 + analysisMillis + 100;
            article.searchable(indexed + visibilityMillis, indexed);
            articles.add(article);
        }
        return PhaseResult.of(name, 20, 100_000, articles);
    }

    @Test
    void namesTheSlowestStageOnTheWayToSearchableInThePhaseThatWaitedLongest() {
        String text = Bottleneck.slowestStage(List.of(phase("10/s", 300, 600), phase("max", 4_000, 500)));

        assertThat(text).isEqualTo(" On the way to searchable, **analysis** took the most time in phase max: a mean"
                + " of 4.00 s of the 4.62 s from sending to searchable.");
    }

    @Test
    void saysNothingOfStagesWithoutTimings() {
        assertThat(Bottleneck.slowestStage(List.of())).isEmpty();
    }
}
