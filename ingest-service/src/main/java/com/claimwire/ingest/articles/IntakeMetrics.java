package com.claimwire.ingest.articles;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts of articles by outcome, exported as {@code claimwire_ingest_articles_total{outcome=...}}. */
@Component
public class IntakeMetrics {

    private final Counter accepted;
    private final Counter updated;
    private final Counter nearDuplicates;
    private final Counter duplicates;
    private final Counter rejected;

    IntakeMetrics(MeterRegistry registry) {
        this.accepted = counter(registry, "accepted");
        this.updated = counter(registry, "updated");
        this.nearDuplicates = counter(registry, "near_duplicate");
        this.duplicates = counter(registry, "duplicate");
        this.rejected = counter(registry, "rejected");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("claimwire.ingest.articles")
                .description("Articles taken in, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    void count(IntakeResult result) {
        switch (result.status()) {
            case IntakeResult.ACCEPTED -> accepted.increment();
            case IntakeResult.UPDATED -> updated.increment();
            default -> duplicates.increment();
        }
        if (result.duplicateOf() != null && !IntakeResult.DUPLICATE.equals(result.status())) {
            nearDuplicates.increment();
        }
    }

    /** Counts articles refused as invalid (by the API, a feed item or a fetched page). */
    public void rejected(int articles) {
        rejected.increment(articles);
    }
}
