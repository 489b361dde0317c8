package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.TrackingStatus;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two search-service instances tracking into one index at once, as two trackers in one JVM sharing a real
 * Elasticsearch node: the first reports of a proposition tracked at the same moment by both must end in one cluster,
 * with the statuses and counts one tracker taking them in turn would give.
 */
class ConcurrentTrackingIT {

    private static final int ROUNDS = 3;

    private static LocalTrackingIndex elasticsearch;
    private static ElasticsearchClient client;
    private static SeedStory story;

    @BeforeAll
    static void connect() {
        elasticsearch = new LocalTrackingIndex();
        client = elasticsearch.client();
        story = SeedStory.load();
    }

    @AfterAll
    static void disconnect() throws IOException {
        elasticsearch.close();
    }

    @Test
    void twoInstancesTrackingTheSameReportsAtOnceKeepOneClusterPerProposition() throws Exception {
        List<ClaimExtracted> original = story.fridayClaims();
        List<ClaimExtracted> copy = story.fridayClaimsAsCopy(story.friday().copy(
                "https://other.claimwire.example/concurrent", "other-wire", story.friday().publishedAt().plusSeconds(60)));
        String sequentialPrefix = freshPrefix();
        ElasticsearchClaimTracking sequential = tracker(sequentialPrefix);
        List<TrackingResult> originalFirst = sequential.track(original);
        List<TrackingResult> copyAfter = sequential.track(copy);
        ElasticsearchClaimTracking reversed = tracker(freshPrefix());
        List<TrackingResult> copyFirst = reversed.track(copy);
        List<TrackingResult> originalAfter = reversed.track(original);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String prefix = freshPrefix();
                ElasticsearchClaimTracking first = tracker(prefix);
                ElasticsearchClaimTracking second = tracker(prefix);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<List<TrackingResult>> ofOriginal = threads.submit(() -> {
                    together.await();
                    return first.track(original);
                });
                Future<List<TrackingResult>> ofCopy = threads.submit(() -> {
                    together.await();
                    return second.track(copy);
                });
                List<TrackingResult> originalResults = ofOriginal.get(3, TimeUnit.MINUTES);
                List<TrackingResult> copyResults = ofCopy.get(3, TimeUnit.MINUTES);

                for (int i = 0; i < original.size(); i++) {
                    assertThat(copyResults.get(i).clusterId()).as("cluster of claim %d in round %d", i, round)
                            .isEqualTo(originalResults.get(i).clusterId());
                }
                boolean originalWon = originalResults.get(0).clusterId().equals(original.get(0).claim().id());
                assertThat(statuses(originalResults))
                        .isEqualTo(statuses(originalWon ? originalFirst : originalAfter));
                assertThat(statuses(copyResults)).isEqualTo(statuses(originalWon ? copyAfter : copyFirst));
                assertThat(originalWon ? copyResults : originalResults).allSatisfy(later -> {
                    assertThat(later.reports()).isEqualTo(2);
                    assertThat(later.outlets()).isEqualTo(2);
                });

                // Re-delivered to the other instance, every claim keeps its result and no cluster grows.
                assertThat(first.track(copy)).isEqualTo(copyResults);
                assertThat(second.track(original)).isEqualTo(originalResults);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLeaseIsHeldByOneInstanceAtATimeAndExpiresWhenItsHolderDies() throws Exception {
        String index = freshPrefix() + "-tracking-lease";
        TrackingLease crashed = lease(index, "crashed", Duration.ofSeconds(3));
        TrackingLease survivor = lease(index, "survivor", Duration.ofSeconds(3));
        crashed.ensureIndex();

        assertThat(crashed.acquire()).as("nobody held it before").isTrue();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> acquire(survivor));
        await("the survivor takes the lease once it expires").atMost(Duration.ofMinutes(1)).until(waiting::isDone);
        assertThat(waiting.get()).as("another instance held it in between").isTrue();
        assertThatThrownBy(crashed::confirm).as("the stalled holder must not store its batch")
                .isInstanceOf(IOException.class);

        survivor.release();
        assertThat(survivor.acquire()).as("nobody else held it since").isFalse();
        survivor.release();
    }

    @Test
    void aHolderKeepsTheLeaseFromBatchToBatchWithoutWritingItUntilAnotherInstanceWaits() throws Exception {
        String index = freshPrefix() + "-tracking-lease";
        TrackingLease busy = lease(index, "busy", Duration.ofSeconds(30));
        TrackingLease other = lease(index, "other", Duration.ofSeconds(30));
        busy.ensureIndex();

        assertThat(busy.acquire()).as("nobody held it before").isTrue();
        long written = leaseVersion(index);
        assertThat(busy.acquire()).as("kept, so nobody else held it").isFalse();
        busy.confirm();
        assertThat(leaseVersion(index)).as("kept without a write").isEqualTo(written);

        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> acquire(other));
        await("the other instance waits in line").atMost(Duration.ofMinutes(1))
                .until(() -> "other".equals(leaseDocument(index).waiter()));
        CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(() -> acquire(busy));
        await("the holder hands the lease over at its next batch").atMost(Duration.ofMinutes(1))
                .until(waiting::isDone);
        assertThat(waiting.get()).isTrue();
        assertThat(next).as("the former holder waits for it").isNotDone();

        other.release();
        assertThat(next.get(1, TimeUnit.MINUTES)).as("another instance held it in between").isTrue();
        busy.release();
    }

    private static boolean acquire(TrackingLease lease) {
        try {
            return lease.acquire();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long leaseVersion(String index) throws IOException {
        return client.get(g -> g.index(index).id("tracking"), TrackingLease.LeaseDocument.class).seqNo();
    }

    private static TrackingLease.LeaseDocument leaseDocument(String index) throws IOException {
        return client.get(g -> g.index(index).id("tracking"), TrackingLease.LeaseDocument.class).source();
    }

    private static List<TrackingStatus> statuses(List<TrackingResult> results) {
        return results.stream().map(TrackingResult::status).toList();
    }

    private static String freshPrefix() {
        return LocalTrackingIndex.freshPrefix("it-concurrent");
    }

    private static TrackingLease lease(String index, String holder, Duration ttl) {
        return new TrackingLease(client, index, new TrackingStore.IndexLayout(1, 0), holder, ttl, Clock.systemUTC());
    }

    private static ElasticsearchClaimTracking tracker(String prefix) {
        return elasticsearch.tracker(prefix, 50);
    }
}
