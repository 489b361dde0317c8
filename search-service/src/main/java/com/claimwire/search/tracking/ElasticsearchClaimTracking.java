package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.search.config.SearchProperties;
import com.claimwire.search.tracking.ClaimTracker.EarlierClaim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Claim tracking over Elasticsearch: looks up stored results for re-deliveries, finds each new claim's candidates
 * in the tracking index, applies the {@link ClaimTracker} in batch order, stores the results, then announces them.
 *
 * <p>Batches are tracked one at a time, so that a batch always sees every claim stored before it: the searchable
 * ones through the index, and those stored since its last refresh through {@link PendingClaims}, compared in memory.
 * Re-deliveries are recognised by a real-time get, which needs no refresh. Across instances sharing the index, a
 * batch is tracked holding the {@link TrackingLease}; an instance taking it over from another refreshes the index
 * first, so that it sees what the other stored. The lease is kept from one batch to the next, and given back once no
 * batch came for {@link TrackingProperties#leaseLinger()} (or at once to an instance waiting for it), so that a busy
 * instance does not write it twice per batch.
 */
@Component
class ElasticsearchClaimTracking implements ClaimTracking, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchClaimTracking.class);

    /**
     * Stored claims compared in memory until a refresh makes them searchable: enough for several seconds of peak
     * load between forced refreshes, few enough that comparing each claim with all of them stays cheap.
     */
    static final int MAX_PENDING = 1_000;

    private final TrackingStore store;
    private final ClaimTracker tracker;
    private final Clock clock;
    private final PendingClaims pending;
    private final TrackingLease lease;
    private final Duration leaseLinger;
    private final ScheduledExecutorService idleRelease;
    /** Batches tracked so far, so that a scheduled release can tell whether a batch came since. */
    private long batches;
    /** A new process cannot know what its predecessor stored without a refresh. */
    private boolean refreshFirst = true;

    ElasticsearchClaimTracking(ElasticsearchClient client, SearchProperties search, TrackingProperties tracking) {
        TrackingThresholds thresholds = tracking.thresholds();
        var layout = new TrackingStore.IndexLayout(search.indexShards(), search.indexReplicas());
        this.store = new TrackingStore(client, trackingIndex(search.indexPrefix()), layout, tracking.candidates(),
                tracking.vectorCandidates(), thresholds.sameCosine(), thresholds.opposingCosine());
        this.clock = Clock.systemUTC();
        this.lease = new TrackingLease(client, trackingIndex(search.indexPrefix()) + "-lease", layout,
                ProcessHandle.current().pid() + "-" + UUID.randomUUID(), tracking.leaseTtl(), clock);
        this.leaseLinger = tracking.leaseLinger();
        this.idleRelease = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tracking-lease-release");
            thread.setDaemon(true);
            return thread;
        });
        this.tracker = new ClaimTracker(thresholds);
        this.pending = new PendingClaims(MAX_PENDING, thresholds);
    }

    /** The tracking index of the service with index prefix {@code prefix}. */
    static String trackingIndex(String prefix) {
        return prefix + "-tracking";
    }

    @Override
    public synchronized List<TrackingResult> track(List<ClaimExtracted> claims) {
        try {
            return trackBatch(claims);
        } catch (IOException e) {
            throw new UncheckedIOException("claim tracking could not reach Elasticsearch", e);
        }
    }

    private List<TrackingResult> trackBatch(List<ClaimExtracted> claims) throws IOException {
        if (claims.isEmpty()) {
            return List.of();
        }
        store.ensureIndex();
        lease.ensureIndex();
        long batch = ++batches;
        boolean othersTracked = lease.acquire();
        boolean tracked = false;
        try {
            List<TrackingResult> results = trackHoldingLease(claims, othersTracked);
            tracked = true;
            return results;
        } finally {
            if (tracked) {
                idleRelease.schedule(() -> releaseIfIdle(batch), leaseLinger.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                lease.release();
            }
        }
    }

    /** Gives the lease back when no batch came since {@code batch}. */
    private synchronized void releaseIfIdle(long batch) {
        if (batch != batches) {
            return;
        }
        try {
            lease.release();
        } catch (IOException | RuntimeException e) {
            // The lease then expires by itself; the next batch takes it again.
            log.warn("could not give the tracking lease back: {}", e.toString());
        }
    }

    /** Gives the lease back at shutdown, so that another instance need not wait for it to expire. */
    @Override
    public synchronized void close() {
        idleRelease.shutdownNow();
        releaseIfIdle(batches);
    }

    private List<TrackingResult> trackHoldingLease(List<ClaimExtracted> claims, boolean othersTracked)
            throws IOException {
        if (othersTracked || refreshFirst || pending.full()) {
            store.refresh();
            pending.clear();
            refreshFirst = false;
        }
        List<String> ids = claims.stream().map(event -> event.claim().id()).distinct().toList();
        Map<String, TrackingResult> stored = store.storedResults(ids);

        Map<String, TrackedClaim> fresh = new LinkedHashMap<>();
        for (ClaimExtracted event : claims) {
            if (!stored.containsKey(event.claim().id())) {
                fresh.putIfAbsent(event.claim().id(), TrackedClaim.of(event));
            }
        }
        List<TrackedClaim> freshClaims = List.copyOf(fresh.values());
        List<List<EarlierClaim>> searched = store.candidates(freshClaims);
        List<List<EarlierClaim>> candidates = new ArrayList<>(freshClaims.size());
        Set<String> clusterIds = new HashSet<>();
        for (int i = 0; i < freshClaims.size(); i++) {
            TrackedClaim claim = freshClaims.get(i);
            List<EarlierClaim> claimCandidates = pending.candidatesFor(claim, searched.get(i),
                    TrackingStore.usesVectors(claim));
            candidates.add(claimCandidates);
            clusterIds.addAll(tracker.joinableClusters(claim, claimCandidates));
        }
        TrackingBatch batch = new TrackingBatch(tracker,
                pending.clusters(clusterIds, store.clusters(clusterIds, pending.ids())));

        Map<String, TrackingResult> tracked = new LinkedHashMap<>();
        for (int i = 0; i < freshClaims.size(); i++) {
            TrackedClaim claim = freshClaims.get(i);
            tracked.put(claim.claimId(), batch.track(claim, candidates.get(i)));
        }

        Instant now = clock.instant();
        List<TrackingDocument> documents = new ArrayList<>(tracked.size());
        for (TrackedClaim claim : freshClaims) {
            documents.add(TrackingDocument.of(claim, tracked.get(claim.claimId()), now));
        }
        // Until the save is known to have succeeded, what the index holds is uncertain: the next batch refreshes first.
        refreshFirst = true;
        lease.confirm();
        store.save(documents);
        pending.addAll(batch.tracked().stream().map(TrackingStore::asStored).toList());
        refreshFirst = false;

        List<TrackingResult> results = new ArrayList<>(claims.size());
        for (ClaimExtracted event : claims) {
            String id = event.claim().id();
            results.add(stored.containsKey(id) ? stored.get(id) : tracked.get(id));
        }
        return results;
    }
}
