package com.claimwire.search.dashboard;

import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import com.claimwire.search.config.KafkaNamespaceProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Follows the tracked-claims topic in full on every instance, so that each instance's live feed shows the claims
 * tracked by all of them. A broadcast, not a share: the consumer has no group, assigns itself every partition, starts
 * at the end (a feed shows what happens from now on) and never commits. Partitions added later are read from their
 * beginning, since everything on them came after this reader started.
 */
@Component
class TrackedClaimsBroadcast implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TrackedClaimsBroadcast.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PARTITION_CHECK = Duration.ofSeconds(30);
    private static final Duration FAILURE_PAUSE = Duration.ofSeconds(1);
    /** How long a look-up of the partitions and their ends may take; startup waits this long at most. */
    private static final Duration BROKER_PATIENCE = Duration.ofSeconds(5);

    private final ConsumerFactory<String, byte[]> consumers;
    private final String topic;
    private final Consumer<ClaimTracked> feed;
    private volatile org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean positioned;
    /** Read and written by the starting thread, then only by the reading thread it starts. */
    private final Set<TopicPartition> assigned = new HashSet<>();

    @Autowired
    TrackedClaimsBroadcast(ConsumerFactory<String, byte[]> consumers, KafkaNamespaceProperties kafka, ClaimFeed feed) {
        this(consumers, Topics.TRACKED_CLAIMS.qualifiedName(kafka.namespace()), feed::onTracked);
    }

    TrackedClaimsBroadcast(ConsumerFactory<String, byte[]> consumers, String topic, Consumer<ClaimTracked> feed) {
        this.consumers = consumers;
        this.topic = topic;
        this.feed = feed;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        // Assigned, not subscribed, and never committing: no instance's position is shared with, or left behind
        // for, another, whatever group id the service's consumers are configured with.
        Properties overrides = new Properties();
        overrides.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = consumers.createConsumer(null, "claim-feed-", null, overrides);
        try {
            // Placed before the service takes traffic when the broker answers at once, so that the feed misses none
            // of the first claims tracked; otherwise the reading thread keeps trying and startup goes on.
            assignNewPartitions(BROKER_PATIENCE);
        } catch (KafkaException e) {
            log.info("The live feed will follow {} once the broker answers: {}", topic, e.getMessage());
        }
        running = true;
        thread = new Thread(this::follow, "tracked-claims-broadcast");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        long nextPartitionCheck = System.nanoTime() + (assigned.isEmpty() ? 0 : PARTITION_CHECK.toNanos());
        try {
            while (running) {
                try {
                    if (System.nanoTime() - nextPartitionCheck >= 0) {
                        assignNewPartitions(BROKER_PATIENCE);
                        nextPartitionCheck = System.nanoTime() + PARTITION_CHECK.toNanos();
                    }
                    if (assigned.isEmpty()) {
                        pause(FAILURE_PAUSE);
                        nextPartitionCheck = System.nanoTime();
                        continue;
                    }
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        deliver(record);
                    }
                } catch (WakeupException stopping) {
                    return;
                } catch (KafkaException e) {
                    log.warn("Following {} for the live feed failed, trying again: {}", topic, e.getMessage());
                    pause(FAILURE_PAUSE);
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void assignNewPartitions(Duration timeout) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
        List<TopicPartition> added = new ArrayList<>();
        for (PartitionInfo partition : partitions == null ? List.<PartitionInfo>of() : partitions) {
            TopicPartition topicPartition = new TopicPartition(partition.topic(), partition.partition());
            if (!assigned.contains(topicPartition)) {
                added.add(topicPartition);
            }
        }
        if (added.isEmpty()) {
            return;
        }
        boolean firstAssignment = assigned.isEmpty();
        Set<TopicPartition> assigning = new HashSet<>(assigned);
        assigning.addAll(added);
        consumer.assign(assigning);
        if (firstAssignment) {
            consumer.seekToEnd(added);
            // Resolves the end offsets now, so that a claim tracked from here on is not skipped by a lazy seek.
            added.forEach(partition -> consumer.position(partition, timeout));
        } else {
            consumer.seekToBeginning(added);
        }
        assigned.addAll(added);
        positioned = true;
    }

    private void deliver(ConsumerRecord<String, byte[]> record) {
        ClaimTracked tracked;
        try {
            tracked = EventCodec.decode(Topics.TRACKED_CLAIMS, record.value());
        } catch (InvalidEventException e) {
            // Alert matching dead-letters it; the feed only leaves it out.
            log.debug("Not showing unreadable tracked claim {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        feed.accept(tracked);
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the reader has found the topic and taken its place at the end: claims tracked from now on reach it. */
    boolean isPositioned() {
        return positioned;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
