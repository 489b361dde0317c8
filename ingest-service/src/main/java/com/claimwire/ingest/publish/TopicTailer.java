package com.claimwire.ingest.publish;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a whole topic from the beginning and then follows it, handing every record to a handler: the way an
 * ingest instance rebuilds state that lives in Kafka (what was published, which feeds are registered) and
 * sees what other instances write. No consumer group: every instance reads every partition.
 *
 * <p>After a broker failure it starts again from the beginning, so handlers must be idempotent.
 */
public final class TopicTailer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TopicTailer.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final int IDLE_FETCH_WAIT_MS = 5_000;

    private final String topic;
    private final Map<String, Object> consumerProperties;
    private final Consumer<ConsumerRecord<String, byte[]>> handler;
    private final Runnable ensureTopic;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closed;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /**
     * @param consumerProperties connection settings; group and commit settings are replaced
     * @param ensureTopic creates the topic when it does not exist yet
     */
    public TopicTailer(String topic, Map<String, Object> consumerProperties,
            Consumer<ConsumerRecord<String, byte[]>> handler, Runnable ensureTopic) {
        this.topic = topic;
        this.consumerProperties = new HashMap<>(consumerProperties);
        this.consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerProperties.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        this.consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A followed topic is idle most of the time (feeds always, raw articles between bursts): an empty fetch
        // held 5 s instead of Kafka's 500 ms spares the broker nine requests in ten, and a record written
        // meanwhile still answers the fetch at once (fetch.min.bytes stays 1).
        this.consumerProperties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, IDLE_FETCH_WAIT_MS);
        this.handler = handler;
        this.ensureTopic = ensureTopic;
        this.thread = new Thread(this::run, "tail-" + topic);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Whether every record that was on the topic when reading started has been handled. */
    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** Waits until {@link #isCaughtUp()}, at most {@code timeout}; answers whether it is. */
    public boolean awaitCaughtUp(Duration timeout) {
        try {
            return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String topic() {
        return topic;
    }

    private void run() {
        while (!closed) {
            try (KafkaConsumer<String, byte[]> current = new KafkaConsumer<>(consumerProperties,
                    new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = current;
                follow(current);
            } catch (WakeupException e) {
                if (!closed) {
                    log.warn("Reading {} was interrupted; starting again", topic);
                }
            } catch (RuntimeException e) {
                if (!closed) {
                    log.warn("Reading {} failed ({}); starting again in {}", topic, e.toString(), RETRY);
                    pause();
                }
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> current) {
        List<TopicPartition> partitions = awaitPartitions(current);
        if (partitions.isEmpty()) {
            return;
        }
        current.assign(partitions);
        current.seekToBeginning(partitions);
        Map<TopicPartition, Long> startEnds = current.endOffsets(partitions);
        while (!closed) {
            for (ConsumerRecord<String, byte[]> record : current.poll(POLL)) {
                handle(record);
            }
            if (!isCaughtUp() && startEnds.entrySet().stream()
                    .allMatch(end -> current.position(end.getKey()) >= end.getValue())) {
                log.info("Read {} up to where it stood at startup", topic);
                caughtUp.countDown();
            }
        }
    }

    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> current) {
        while (!closed) {
            ensureTopic.run();
            List<PartitionInfo> infos = current.partitionsFor(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            log.info("Waiting for topic {} to exist", topic);
            pause();
        }
        return List.of();
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        try {
            handler.accept(record);
        } catch (RuntimeException e) {
            log.warn("Skipped record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
