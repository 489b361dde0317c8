package com.claimwire.contracts;

import java.util.List;

/** The one place that names Claimwire's topics. Nothing else spells a topic string. */
public final class Topics {

    /** Articles accepted by ingest, keyed by article id. */
    public static final Topic<ArticleReceived> RAW_ARTICLES =
            new Topic<>("claimwire.articles.raw", ArticleReceived.class, ArticleReceived.SCHEMA_VERSION, false);

    /** Articles after the claims engine, keyed by article id. */
    public static final Topic<ArticleAnalyzed> ENRICHED_ARTICLES =
            new Topic<>("claimwire.articles.enriched", ArticleAnalyzed.class, ArticleAnalyzed.SCHEMA_VERSION, false);

    /** One event per claim found, keyed by article id. */
    public static final Topic<ClaimExtracted> CLAIMS =
            new Topic<>("claimwire.claims", ClaimExtracted.class, ClaimExtracted.SCHEMA_VERSION, false);

    /** Ingest's feed registry, keyed by feed id; compacted, a tombstone deletes a feed. */
    public static final Topic<FeedRegistered> FEEDS =
            new Topic<>("claimwire.feeds", FeedRegistered.class, FeedRegistered.SCHEMA_VERSION, true);

    /** Claims with their tracking status, once stored by the search service, keyed by article id. */
    public static final Topic<ClaimTracked> TRACKED_CLAIMS =
            new Topic<>("claimwire.claims.tracked", ClaimTracked.class, ClaimTracked.SCHEMA_VERSION, false);

    /** The alert rules, keyed by rule id; compacted, a tombstone deletes a rule. */
    public static final Topic<AlertRuleChanged> ALERT_RULES =
            new Topic<>("claimwire.alerts.rules", AlertRuleChanged.class, AlertRuleChanged.SCHEMA_VERSION, true);

    /** Alerts raised by rules, keyed by rule id. */
    public static final Topic<AlertRaised> ALERTS =
            new Topic<>("claimwire.alerts", AlertRaised.class, AlertRaised.SCHEMA_VERSION, false);

    private Topics() {
    }

    /** Every topic, for provisioning and for tests that check configuration against the registry. */
    public static List<Topic<?>> all() {
        return List.of(RAW_ARTICLES, ENRICHED_ARTICLES, CLAIMS, FEEDS, TRACKED_CLAIMS, ALERT_RULES, ALERTS);
    }
}
