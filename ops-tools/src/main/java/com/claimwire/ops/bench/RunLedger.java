package com.claimwire.ops.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every article of a run by id, in the order they were sent. */
final class RunLedger {

    private final Map<String, ArticleTimeline> byId = new ConcurrentHashMap<>();
    private final List<ArticleTimeline> inOrder = new CopyOnWriteArrayList<>();

    ArticleTimeline add(String id, String phase) {
        ArticleTimeline timeline = new ArticleTimeline(id, phase);
        if (byId.putIfAbsent(id, timeline) != null) {
            throw new IllegalStateException("article " + id + " sent twice in one run");
        }
        inOrder.add(timeline);
        return timeline;
    }

    ArticleTimeline get(String id) {
        return byId.get(id);
    }

    List<ArticleTimeline> all() {
        return List.copyOf(inOrder);
    }

    List<ArticleTimeline> ofPhase(String phase) {
        List<ArticleTimeline> articles = new ArrayList<>();
        for (ArticleTimeline article : inOrder) {
            if (article.phase().equals(phase)) {
                articles.add(article);
            }
        }
        return articles;
    }

    static long pendingSearchable(Collection<ArticleTimeline> articles) {
        return articles.stream().filter(a -> a.isAccepted() && !a.isSearchable()).count();
    }

    /** Searchable articles whose raw or enriched topic record has not been seen yet. */
    static long missingArticleStamps(Collection<ArticleTimeline> articles) {
        return articles.stream().filter(a -> a.isSearchable()
                && (Double.isNaN(a.stampOf(TopicStampWatcher.Stage.RAW))
                || Double.isNaN(a.stampOf(TopicStampWatcher.Stage.ENRICHED)))).count();
    }
}
