package com.claimwire.ops.bench;

import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Places each article's hand-offs between the services on its time line: reads the raw-articles, enriched-articles,
 * claims and tracked-claims topics from the run's start time (no consumer group, nothing committed)
 * and takes each record's timestamp, which the producing service stamped when it sent the record. The time of
 * reading is never used, so how often this watcher polls does not change any figure. Every record of these topics
 * is keyed by its article id.
 *
 * <p>Only keys and timestamps are read: the values (article bodies, claims with their 384-float vectors) are skipped
 * without being copied out of the fetched batches, CRCs are left to the broker that checked them on arrival, and
 * fetches wait to fill up a little: the harness shares the cores it measures, so its own reading must cost next to
 * nothing.
 */
final class TopicStampWatcher implements AutoCloseable {

    /** Where a topic's records mark an article's progress. */
    enum Stage {
        /** Published by ingest. */
        RAW(Topics.RAW_ARTICLES),
        /** Published by analysis, with its claims. */
        ENRICHED(Topics.ENRICHED_ARTICLES),
        /** The article's first claim, published by analysis. */
        CLAIMS(Topics.CLAIMS),
        /** The article's first claim tracked and written by search-service. */
        TRACKED(Topics.TRACKED_CLAIMS);

        private final Topic<?> topic;

        Stage(Topic<?> topic) {
            this.topic = topic;
        }
    }

    private static final Duration POLL = Duration.ofMillis(500);
    /** A fetch is answered once this much is waiting or {@link #FETCH_MAX_WAIT_MILLIS} has passed. */
    private static final int FETCH_MIN_BYTES = 256 * 1024;
    private static final int FETCH_MAX_WAIT_MILLIS = 500;
    /** How often topics are checked for partitions created after the start (topics made by a first write). */
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(5);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaConsumer<String, Void> consumer;
    private final Map<String, Stage> stageByTopic;
    private final RunClock clock;
    private final RunLedger ledger;
    private final Set<TopicPartition> assigned = new LinkedHashSet<>();
    private final AtomicLong records = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String lastError;

    TopicStampWatcher(String bootstrapServers, String namespace, RunClock clock, RunLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "claimwire-bench-stages",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MILLIS,
                ConsumerConfig.CHECK_CRCS_CONFIG, false),
                new StringDeserializer(), new SkippedValue());
        Map<String, Stage> stages = new HashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.topic.qualifiedName(namespace), stage);
        }
        this.stageByTopic = Map.copyOf(stages);
        this.thread = DaemonThreads.create("topic-stamp-watcher", this::loop);
    }

    TopicStampWatcher start() {
        thread.start();
        return this;
    }

    /**
     * Reads the topics' partitions and starts reading the ones not read yet from the run's start time, so that a
     * topic whose metadata came late or that appeared during the run is read from the same point as the others.
     * A topic whose metadata cannot be had yet (a busy broker) is tried again later.
     */
    private void assignNewPartitions() {
        List<TopicPartition> added = new ArrayList<>();
        for (String topic : stageByTopic.keySet()) {
            try {
                for (PartitionInfo info : consumer.partitionsFor(topic, METADATA_TIMEOUT)) {
                    TopicPartition partition = new TopicPartition(info.topic(), info.partition());
                    if (!assigned.contains(partition)) {
                        added.add(partition);
                    }
                }
            } catch (TimeoutException e) {
                lastError = "metadata of " + topic + ": " + e.getMessage();
            }
        }
        if (added.isEmpty()) {
            return;
        }
        assigned.addAll(added);
        consumer.assign(assigned);
        Map<TopicPartition, Long> runStart = new HashMap<>();
        added.forEach(partition -> runStart.put(partition, clock.startEpochMillis()));
        consumer.offsetsForTimes(runStart, METADATA_TIMEOUT).forEach((partition, offset) -> {
            if (offset == null) {
                consumer.seekToEnd(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        });
    }

    private void loop() {
        long nextCheck = System.nanoTime();
        try {
            while (running) {
                try {
                    if (System.nanoTime() - nextCheck >= 0) {
                        nextCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
                        assignNewPartitions();
                    }
                    if (assigned.isEmpty()) {
                        LockSupport.parkNanos(POLL.toNanos());
                        continue;
                    }
                    for (ConsumerRecord<String, Void> record : consumer.poll(POLL)) {
                        records.incrementAndGet();
                        ArticleTimeline article = record.key() == null ? null : ledger.get(record.key());
                        Stage stage = stageByTopic.get(record.topic());
                        if (article != null && stage != null) {
                            article.stamped(stage, clock.ofEpochMillis(record.timestamp()));
                        }
                    }
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    lastError = e.getMessage();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Reads no value: the buffer variant is the one the consumer calls, so nothing is copied. */
    static final class SkippedValue implements Deserializer<Void> {

        @Override
        public Void deserialize(String topic, byte[] data) {
            return null;
        }

        @Override
        public Void deserialize(String topic, Headers headers, ByteBuffer data) {
            return null;
        }
    }

    long records() {
        return records.get();
    }

    String lastError() {
        return lastError;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
