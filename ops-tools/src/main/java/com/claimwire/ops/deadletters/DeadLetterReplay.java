package com.claimwire.ops.deadletters;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./claimwire replay-dlt}: republishes a dead-letter topic's records to the topics they came from, once the
 * cause that set them aside is fixed (a limit raised, a bug deployed away). Each record keeps its key, value and
 * own headers, loses the dead-letter headers, and goes to the partition its key chooses, as it did first.
 *
 * <p>What was replayed is committed in a consumer group of the tool after the brokers acknowledged the copies, so a
 * second run starts where the first stopped and republishes nothing twice. A run that dies between the
 * acknowledgement and the commit replays its last batch again on the next run, which the services absorb: every
 * write path downstream is idempotent. Records dead-lettered after the run started wait for the next run.
 */
public final class DeadLetterReplay {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(30);

    private final ReplayOptions options;
    private final PrintStream out;

    DeadLetterReplay(ReplayOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Entry point for the ops-tools dispatcher; answers the process exit code. */
    public static int run(String[] arguments) {
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(Arrays.asList(arguments), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("replay-dlt: " + e.getMessage());
            System.err.println(ReplayOptions.USAGE);
            return 2;
        }
        try {
            new DeadLetterReplay(options, System.out).replay();
            return 0;
        } catch (RuntimeException | ExecutionException e) {
            System.err.println("replay-dlt: failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("replay-dlt: interrupted");
            return 1;
        }
    }

    /** Replays (or with {@code --dry-run} lists) the dead letters not replayed before; answers how many. */
    int replay() throws ExecutionException, InterruptedException {
        String deadLetterTopic = options.deadLetterTopic();
        try (KafkaConsumer<String, byte[]> consumer = consumer();
             KafkaProducer<String, byte[]> producer = options.dryRun() ? null : producer()) {
            List<TopicPartition> partitions = partitionsOf(consumer, deadLetterTopic);
            if (partitions.isEmpty()) {
                out.println("No dead-letter topic " + deadLetterTopic + ": nothing was dead-lettered there.");
                return 0;
            }
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            int count = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                count += options.dryRun() ? list(batch) : republish(batch, producer, consumer);
            }
            out.println(summary(count, deadLetterTopic));
            return count;
        }
    }

    private int list(List<ConsumerRecord<String, byte[]>> batch) {
        for (ConsumerRecord<String, byte[]> record : batch) {
            DeadLetter deadLetter = DeadLetter.of(record.headers(), options.originalTopic());
            out.println(describe(record, deadLetter));
        }
        return batch.size();
    }

    private int republish(List<ConsumerRecord<String, byte[]>> batch, KafkaProducer<String, byte[]> producer,
                          KafkaConsumer<String, byte[]> consumer) throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        Map<TopicPartition, OffsetAndMetadata> replayed = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            DeadLetter deadLetter = DeadLetter.of(record.headers(), options.originalTopic());
            sends.add(producer.send(new ProducerRecord<>(deadLetter.originalTopic(), null, record.key(), record.value(),
                    deadLetter.headersToKeep())));
            out.println(describe(record, deadLetter));
            replayed.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
        if (!replayed.isEmpty()) {
            consumer.commitSync(replayed);
        }
        return batch.size();
    }

    private String describe(ConsumerRecord<String, byte[]> record, DeadLetter deadLetter) {
        return (options.dryRun() ? "would replay " : "replayed ") + record.topic() + " " + record.partition() + "@"
                + record.offset() + " key=" + record.key() + " -> " + deadLetter.originalTopic()
                + (deadLetter.originalPosition() == null ? "" : " (was " + deadLetter.originalPosition() + ")")
                + " reason: " + (deadLetter.reason() == null ? "(none given)" : oneLine(deadLetter.reason()));
    }

    private String summary(int count, String deadLetterTopic) {
        if (options.dryRun()) {
            return count + " dead letter(s) in " + deadLetterTopic + " not replayed yet (dry run: nothing changed).";
        }
        return "Replayed " + count + " dead letter(s) from " + deadLetterTopic + "; a next run starts after them.";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, ASSIGNMENT_TIMEOUT);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, options.replayGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    private KafkaProducer<String, byte[]> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Dead letters may be large (one was too large for a service's own limit): as large as the analysis service's
        // dead letters may be (claimwire.kafka.dead-letter-max-message-size), so that the topic's own limit decides.
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        return new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer());
    }
}
