package com.claimwire.ingest.feeds;

import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.FeedRegistered;
import com.claimwire.ingest.articles.ArticleIntake;
import com.claimwire.ingest.articles.ArticleSubmission;
import com.claimwire.ingest.articles.IntakeResult;
import com.claimwire.ingest.articles.IntakeUnavailableException;
import com.claimwire.ingest.articles.UrlCanonicalizer;
import com.claimwire.ingest.dedup.PublishedArticles;
import com.claimwire.ingest.fetch.FetchException;
import com.claimwire.ingest.fetch.FetchResult;
import com.claimwire.ingest.fetch.HttpStatusException;
import com.claimwire.ingest.fetch.PageHints;
import com.claimwire.ingest.fetch.PageIngestion;
import com.claimwire.ingest.fetch.UnusablePageException;
import com.claimwire.ingest.fetch.WebFetcher;
import com.claimwire.ingest.parsing.FeedItem;
import com.claimwire.ingest.parsing.FeedParseException;
import com.claimwire.ingest.parsing.FeedParser;
import com.claimwire.ingest.parsing.ParsedFeed;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls every registered feed when it is due: a conditional GET, parse, and for each item not seen before,
 * fetch its page and take the article in (falling back to the feed's own content when the page yields
 * nothing). Each feed is polled on its own worker and every failure is caught and recorded in its status,
 * so one broken feed never stops the others.
 */
@Component
public class FeedPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
    /** Shortest feed text taken as the article when its page yields none. */
    private static final int MIN_FALLBACK_CHARS = 200;

    private final FeedRegistry registry;
    private final WebFetcher fetcher;
    private final PageIngestion pages;
    private final ArticleIntake intake;
    private final PublishedArticles published;
    private final FeedProperties properties;
    private final PollSchedule schedule;
    private final FeedParser parser = new FeedParser();
    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private ExecutorService workers;
    private volatile boolean running;

    FeedPoller(FeedRegistry registry, WebFetcher fetcher, PageIngestion pages, ArticleIntake intake,
            PublishedArticles published, FeedProperties properties) {
        this.registry = registry;
        this.fetcher = fetcher;
        this.pages = pages;
        this.intake = intake;
        this.published = published;
        this.properties = properties;
        this.schedule = new PollSchedule(properties.minPollInterval(), properties.maxPollInterval());
    }

    /** This instance's polling status of a feed; empty before its first poll was scheduled. */
    public Optional<FeedStatus.Snapshot> status(String feedId) {
        return Optional.ofNullable(statuses.get(feedId)).map(FeedStatus::snapshot);
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            var feeds = registry.all();
            Set<String> registered = feeds.stream().map(FeedRegistered::id).collect(Collectors.toSet());
            statuses.keySet().retainAll(registered);
            for (FeedRegistered feed : feeds) {
                if (!properties.polls(feed.id())) {
                    continue;
                }
                FeedStatus status = statuses.computeIfAbsent(feed.id(),
                        id -> new FeedStatus(schedule.initial(Duration.ofSeconds(feed.pollIntervalSeconds())), now));
                if (status.startIfDue(now)) {
                    workers.execute(() -> poll(feed, status));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Scheduling feed polls failed: {}", e.toString());
        }
    }

    void poll(FeedRegistered feed, FeedStatus status) {
        try {
            FetchResult result = fetcher.fetch(feed.url(), status.etag(), status.lastModified());
            if (result.notModified()) {
                status.succeeded(Instant.now(), result.etag(), result.lastModified(), null, null, null,
                        schedule.afterSuccess(status.interval(), false));
                return;
            }
            ParsedFeed parsed = parser.parse(result.body(), result.url().toString());
            boolean newItems = takeNewItems(feed, parsed, status);
            status.succeeded(Instant.now(), result.etag(), result.lastModified(), parsed.format(), parsed.title(),
                    parsed.items().size(), schedule.afterSuccess(status.interval(), newItems));
        } catch (FetchException | FeedParseException | RuntimeException e) {
            Instant now = Instant.now();
            int failures = status.failed(now, e.getMessage() == null ? e.toString() : e.getMessage());
            Duration wait = schedule.afterFailure(status.interval(), failures);
            status.retryAfter(now, wait);
            log.warn("Polling feed {} ({}) failed {} time(s) in a row, next try in {}: {}", feed.id(), feed.url(),
                    failures, wait, e.getMessage());
        }
    }

    /** Takes in the items not seen before; answers whether there were any. */
    private boolean takeNewItems(FeedRegistered feed, ParsedFeed parsed, FeedStatus status) {
        int taken = 0;
        for (FeedItem item : parsed.items()) {
            String key = item.guid() != null ? item.guid() : item.url();
            if (key == null || status.seen(key)) {
                continue;
            }
            if (taken++ >= properties.maxNewItemsPerPoll()) {
                break;
            }
            if (item.url() == null) {
                status.itemFailed("item " + key + " has no link");
                status.remember(key);
                continue;
            }
            if (alreadyPublished(item.url())) {
                // Seen before this instance started: no need to fetch its page again.
                status.itemAccepted(true);
                status.remember(key);
                continue;
            }
            takeItem(feed, parsed, item, key, status);
        }
        return taken > 0;
    }

    /** An {@link IntakeUnavailableException} (Kafka away) fails the whole poll, so the item is tried again. */
    private void takeItem(FeedRegistered feed, ParsedFeed parsed, FeedItem item, String key, FeedStatus status) {
        String feedText = text(item.contentHtml() != null ? item.contentHtml() : item.summary());
        String source = parsed.title() != null ? parsed.title() : URI.create(feed.url()).getHost();
        PageHints hints = new PageHints(item.title(), feedText, item.publishedAt(), source, feed.tags());
        try {
            IntakeResult result = pages.ingest(item.url(), hints);
            status.itemAccepted(IntakeResult.DUPLICATE.equals(result.status()));
            status.remember(key);
        } catch (FetchException | UnusablePageException e) {
            if (feedText != null && feedText.length() >= MIN_FALLBACK_CHARS && item.title() != null) {
                IntakeResult result = intake.accept(List.of(new ArticleSubmission(null, item.url(), item.title(),
                        feedText, item.publishedAt(), source, null, feed.tags()))).get(0);
                status.itemAccepted(IntakeResult.DUPLICATE.equals(result.status()));
                status.remember(key);
                return;
            }
            status.itemFailed(item.url() + ": " + e.getMessage());
            if (isPermanent(e)) {
                status.remember(key);
            }
        }
    }

    private boolean alreadyPublished(String url) {
        try {
            return published.contains(ClaimIds.articleId(UrlCanonicalizer.canonicalize(url)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isPermanent(Exception e) {
        if (e instanceof UnusablePageException) {
            return true;
        }
        if (e instanceof HttpStatusException status) {
            return status.status() >= 400 && status.status() < 500 && status.status() != 429;
        }
        FetchException.Reason reason = ((FetchException) e).reason();
        return reason != FetchException.Reason.TIMEOUT && reason != FetchException.Reason.NETWORK
                && reason != FetchException.Reason.HTTP_STATUS;
    }

    private static String text(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = Jsoup.parse(html).text().strip();
        return text.isEmpty() ? null : text;
    }

    @Override
    public void start() {
        running = true;
        if (!properties.pollEnabled()) {
            return;
        }
        workers = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "feed-poller");
            thread.setDaemon(true);
            return thread;
        });
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "feed-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (ticker != null) {
            ticker.shutdownNow();
            workers.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
