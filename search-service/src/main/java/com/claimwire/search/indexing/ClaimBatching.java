package com.claimwire.search.indexing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the claims indexer lets claims gather before a poll returns them. Claim tracking costs a fixed round of
 * Elasticsearch requests per batch plus a little per claim, so at moderate rates, where each poll would return a
 * handful of claims, waiting a moment for more (e.g. 64KB or 250ms) cuts the tracker's work per claim. The defaults
 * are Kafka's own (no waiting) until a quiet-machine A/B run shows the trade pays: runs on a loaded machine could not
 * tell. The articles indexer never waits: its latency is what readers see first.
 *
 * @param fetchMinBytes a claims poll returns once this much is waiting (a claim with its embedding is about 5 KB)
 * @param fetchMaxWait ...or once this long has passed; the most a claim waits for company
 */
@ConfigurationProperties("claimwire.search.claim-batching")
record ClaimBatching(
        @DefaultValue("1B") DataSize fetchMinBytes,
        @DefaultValue("500ms") Duration fetchMaxWait) {

    ClaimBatching {
        if (fetchMinBytes.toBytes() < 1 || fetchMinBytes.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("claimwire.search.claim-batching.fetch-min-bytes must be 1B to 2GB");
        }
        if (fetchMaxWait.isNegative() || fetchMaxWait.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("claimwire.search.claim-batching.fetch-max-wait must be 0 to 24 days");
        }
    }

    /** The settings as Kafka consumer properties, {@code key=value}, for the claims indexer's listener. */
    String[] consumerProperties() {
        return new String[] {"fetch.min.bytes=" + fetchMinBytes.toBytes(),
                "fetch.max.wait.ms=" + fetchMaxWait.toMillis()};
    }
}
