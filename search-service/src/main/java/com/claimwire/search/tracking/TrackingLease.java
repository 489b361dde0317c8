package com.claimwire.search.tracking;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.claimwire.search.alerts.ElasticsearchErrors;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The right to track a batch, shared by every search-service instance that tracks into one tracking index.
 *
 * <p>"Same proposition" is a similarity, not a key, so two instances tracking the first two reports of a proposition at
 * the same moment have no document to contend on: each would search before the other stored, and each would start a
 * cluster. Holding this lease around a batch (search, decide, store) makes tracking sequential across instances, so
 * every decision is the one a single tracker would take. An instance that takes the lease over from another learns it
 * here, and must refresh the tracking index before searching: the other's claims may not be searchable yet.
 *
 * <p>The lease is one document, written only with {@code op_type=create} or {@code if_seq_no}/{@code if_primary_term},
 * so of two instances racing for it exactly one wins. It expires {@code ttl} after it was taken, so a crashed holder
 * blocks the others for at most that long; a holder confirms it still holds the lease before storing a batch (renewing
 * it when half the ttl has gone), so a holder that stalled past expiry stores nothing another instance did not see.
 */
final class TrackingLease {

    private static final String LEASE_ID = "tracking";
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(5);
    private static final Duration MAX_BACKOFF = Duration.ofMillis(100);
    private static final int SERVICE_UNAVAILABLE = 503;

    private final ElasticsearchClient client;
    private final String index;
    private final IndexOnce creation;
    private final String holder;
    private final Duration ttl;
    private final Clock clock;
    /** When this instance last took or renewed the lease it holds, else {@code null}. */
    private Instant takenAt;

    /**
     * The lease as stored.
     *
     * @param holder the instance holding the lease, or that held it last
     * @param expiresAtMillis when the lease ends (epoch milliseconds); 0 once released
     * @param waiter the instance first in line for the lease, may be {@code null}
     * @param waiterUntilMillis until when the waiter keeps its place without asking again
     */
    record LeaseDocument(String holder, long expiresAtMillis, String waiter, long waiterUntilMillis) {

        /** Free for {@code instance}: its own, or ended, and nobody else is in line. */
        boolean isFreeFor(String instance, long nowMillis) {
            boolean ended = instance.equals(holder) || expiresAtMillis <= nowMillis;
            return ended && (!hasWaiter(nowMillis) || instance.equals(waiter));
        }

        boolean hasWaiter(long nowMillis) {
            return waiter != null && waiterUntilMillis > nowMillis;
        }
    }

    /**
     * @param holder this instance's name, distinct from every other instance's
     * @param ttl how long a taken lease holds without renewal
     */
    TrackingLease(ElasticsearchClient client, String index, TrackingStore.IndexLayout layout, String holder,
            Duration ttl, Clock clock) {
        this.client = client;
        this.index = index;
        this.creation = new IndexOnce(client, index, c -> c
                .settings(s -> s.numberOfShards("1").numberOfReplicas(Integer.toString(layout.replicas())))
                .mappings(m -> m.dynamic(DynamicMapping.False)));
        this.holder = holder;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Creates the lease index when it is missing. Cheap once done. */
    void ensureIndex() throws IOException {
        creation.ensure();
    }

    /**
     * Takes the lease, or keeps the one this instance holds, waiting while another instance holds it or is first in
     * line for it, at most twice the ttl (a crashed holder's lease has expired by then). A waiting instance puts its
     * name in line, and a holder keeping the lease from batch to batch hands it over as soon as it sees a name there,
     * so that it cannot keep the lease to itself.
     *
     * @return whether another instance held the lease since this one last did (or none ever did)
     * @throws IOException when the lease stayed held by another instance, or Elasticsearch failed
     */
    boolean acquire() throws IOException {
        Instant deadline = clock.instant().plus(ttl.multipliedBy(2));
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            GetResponse<LeaseDocument> current = readWhenAvailable(deadline);
            if (current == null) {
                pause(backoff);
                continue;
            }
            Instant now = clock.instant();
            LeaseDocument lease = current.found() ? current.source() : null;
            if (lease != null && holds(lease, now)) {
                if (lease.hasWaiter(now.toEpochMilli())) {
                    handOver(lease, current, now);
                } else if (!renewalDue(now)
                        || write(new LeaseDocument(holder, expiry(now), null, 0), current.seqNo(), current.primaryTerm(), now)) {
                    return false;
                }
                continue;
            }
            if (lease == null) {
                if (write(new LeaseDocument(holder, expiry(now), null, 0), null, null, now)) {
                    return true;
                }
            } else if (lease.isFreeFor(holder, now.toEpochMilli())) {
                if (write(new LeaseDocument(holder, expiry(now), null, 0), current.seqNo(), current.primaryTerm(), now)) {
                    return !holder.equals(lease.holder());
                }
            } else if (now.isAfter(deadline)) {
                throw new IOException("the tracking lease stayed held by " + lease.holder() + " for " + ttl.multipliedBy(2));
            } else if (!lease.hasWaiter(now.toEpochMilli())) {
                joinLine(lease, current, now);
            }
            pause(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /**
     * Whether this instance holds {@code lease} now: it took it, has not given it back, and it has not expired. Kept
     * across batches, a lease costs one read per batch instead of two reads and two writes.
     */
    private boolean holds(LeaseDocument lease, Instant now) {
        return holder.equals(lease.holder()) && lease.expiresAtMillis() > now.toEpochMilli();
    }

    private boolean renewalDue(Instant now) {
        return takenAt == null || Duration.between(takenAt, now).compareTo(ttl.dividedBy(2)) >= 0;
    }

    /**
     * Gives a lease this instance kept to the instance waiting for it; a conflict means the lease changed since it was
     * read, and the caller reads it again.
     */
    private void handOver(LeaseDocument lease, GetResponse<LeaseDocument> current, Instant now) throws IOException {
        write(new LeaseDocument(holder, 0, lease.waiter(), lease.waiterUntilMillis()), current.seqNo(),
                current.primaryTerm(), now);
        takenAt = null;
    }

    /**
     * Confirms, before a batch is stored, that this instance still holds the lease, renewing it once half the ttl has
     * gone.
     *
     * @throws IOException when another instance took the lease over after it expired; the batch must not be stored,
     *     and is tracked again later
     */
    void confirm() throws IOException {
        if (takenAt == null) {
            throw new IOException("the tracking lease is not held");
        }
        Instant now = clock.instant();
        if (renewalDue(now) && !rewrite(expiry(now), now)) {
            takenAt = null;
            throw new IOException("the tracking lease expired and was taken over before the batch was stored");
        }
    }

    /** Gives the lease back, keeping this instance's name on it so that it knows whether anybody tracked in between. */
    void release() throws IOException {
        if (takenAt == null) {
            return;
        }
        try {
            rewrite(0, takenAt);
        } finally {
            takenAt = null;
        }
    }

    /**
     * Rewrites the lease held by this instance with a new expiry, keeping whoever waits in line (putting oneself in
     * line is the only change another instance makes to a held lease).
     *
     * @return false when another instance holds the lease now
     */
    private boolean rewrite(long expiresAtMillis, Instant now) throws IOException {
        while (true) {
            GetResponse<LeaseDocument> current = read();
            LeaseDocument lease = current.found() ? current.source() : null;
            if (lease == null || !holder.equals(lease.holder())) {
                return false;
            }
            LeaseDocument renewed = new LeaseDocument(holder, expiresAtMillis, lease.waiter(), lease.waiterUntilMillis());
            if (write(renewed, current.seqNo(), current.primaryTerm(), now)) {
                return true;
            }
        }
    }

    /** Puts this instance in line for a lease another one holds. */
    private void joinLine(LeaseDocument lease, GetResponse<LeaseDocument> current, Instant now) throws IOException {
        LeaseDocument waiting = new LeaseDocument(lease.holder(), lease.expiresAtMillis(), holder, expiry(now));
        try {
            client.index(i -> i.index(index).id(LEASE_ID).ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                    .document(waiting));
        } catch (ElasticsearchException | IOException e) {
            if (!isConflict(e)) {
                throw e;
            }
        }
    }

    /**
     * The lease, or {@code null} while its shard is unavailable and the deadline is not reached: an index another
     * instance has just created can answer 503 for a moment, whatever the cluster health said.
     */
    private GetResponse<LeaseDocument> readWhenAvailable(Instant deadline) throws IOException {
        try {
            return read();
        } catch (ElasticsearchException | IOException e) {
            if (ElasticsearchErrors.status(e) != SERVICE_UNAVAILABLE || clock.instant().isAfter(deadline)) {
                throw e;
            }
            return null;
        }
    }

    private GetResponse<LeaseDocument> read() throws IOException {
        return client.get(g -> g.index(index).id(LEASE_ID), LeaseDocument.class);
    }

    private long expiry(Instant now) {
        return now.plus(ttl).toEpochMilli();
    }

    /**
     * Writes {@code lease}: created when {@code expectedSeqNo} is null, else only over that version.
     *
     * @return false when another instance wrote it first
     */
    private boolean write(LeaseDocument lease, Long expectedSeqNo, Long expectedPrimaryTerm, Instant now)
            throws IOException {
        try {
            client.index(i -> {
                i.index(index).id(LEASE_ID).document(lease);
                return expectedSeqNo == null ? i.opType(OpType.Create)
                        : i.ifSeqNo(expectedSeqNo).ifPrimaryTerm(expectedPrimaryTerm);
            });
            if (lease.expiresAtMillis() > 0) {
                takenAt = now;
            }
            return true;
        } catch (ElasticsearchException | IOException e) {
            if (isConflict(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isConflict(Exception e) {
        return ElasticsearchErrors.status(e) == ElasticsearchErrors.CONFLICT;
    }

    private static void pause(Duration backoff) throws InterruptedIOException {
        // Jittered, so that instances waiting for the lease do not ask for it in lock step.
        long millis = backoff.toMillis() / 2 + ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2 + 1);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the tracking lease");
        }
    }
}
