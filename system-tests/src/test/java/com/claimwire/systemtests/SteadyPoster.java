package com.claimwire.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts a new article of a ledger at a steady rate on a thread of its own, like a newsroom's feed that does not
 * stop for a fault. An article ingest does not accept (the broker away) is posted again, unchanged, on the next
 * ticks until it is: what a client that must not lose an article does. Ingest recognises a re-post of an article
 * it did publish, so a retry of a post whose answer was lost cannot count twice.
 */
final class SteadyPoster implements AutoCloseable {

    private final ExactlyOnceLedger ledger;
    private final Pipeline pipeline;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "steady-poster");
        thread.setDaemon(true);
        return thread;
    });
    /** Articles not accepted yet, oldest first. */
    private final Deque<Article> unaccepted = new ArrayDeque<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile boolean stopped;

    private final int limit;
    private int started;

    private SteadyPoster(ExactlyOnceLedger ledger, Pipeline pipeline, int limit) {
        this.ledger = ledger;
        this.pipeline = pipeline;
        this.limit = limit;
    }

    /**
     * Starts posting one new article every {@code interval}, at most {@code limit} of them (a fault that lasts far
     * longer than planned, on a loaded machine, must not flood the check at the end).
     */
    static SteadyPoster start(ExactlyOnceLedger ledger, Pipeline pipeline, Duration interval, int limit) {
        SteadyPoster poster = new SteadyPoster(ledger, pipeline, limit);
        poster.ticks.scheduleAtFixedRate(poster::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return poster;
    }

    private synchronized void tick() {
        if (stopped) {
            return;
        }
        if ((unaccepted.isEmpty() || tryPost(unaccepted.peekFirst())) && started < limit) {
            started++;
            String token = TestArticles.uniqueToken();
            Article article = new Article(token, ledger.article(token));
            if (!tryPost(article)) {
                unaccepted.addLast(article);
            }
        }
    }

    /** An article and the token that finds it. */
    private record Article(String token, String json) {
    }

    /** Posts {@code article}; answers whether ingest accepted it (then the ledger knows it). */
    private boolean tryPost(Article article) {
        Optional<List<String>> ids = pipeline.tryPost(article.json());
        if (ids.isEmpty() || ids.get().isEmpty()) {
            refusals.incrementAndGet();
            return false;
        }
        ledger.accepted(article.token(), ids.get().get(0));
        unaccepted.remove(article);
        return true;
    }

    /**
     * Waits until all {@code limit} articles have been posted once (some may still wait to be posted again, which
     * {@link #close()} sees to).
     */
    void awaitLimitReached() {
        await().atMost(ExactlyOnceLedger.CONVERGENCE_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            synchronized (this) {
                return started >= limit;
            }
        });
    }

    /** Posts that ingest refused or did not answer, retried later. */
    int refusals() {
        return refusals.get();
    }

    /** Stops posting new articles, then re-posts the ones not accepted yet until ingest takes them all. */
    @Override
    public void close() {
        stopped = true;
        ticks.shutdown();
        await().atMost(ExactlyOnceLedger.CONVERGENCE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            synchronized (this) {
                Article next = unaccepted.peekFirst();
                return next == null || tryPost(next) && unaccepted.isEmpty();
            }
        });
    }
}
