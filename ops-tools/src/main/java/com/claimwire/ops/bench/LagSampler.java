package com.claimwire.ops.bench;

import com.claimwire.contracts.Topic;
import com.claimwire.contracts.Topics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of every active consumer group reading the stack's topics (of its namespace): end offsets minus
 * committed offsets, summed per group over the partitions it has committed, once per sample.
 */
final class LagSampler implements AutoCloseable {

    /**
     * One observation of one group.
     *
     * @param at milliseconds on the run clock
     * @param lag records not yet committed, over all partitions
     */
    record Sample(double at, long lag) {
    }

    private final Admin admin;
    private final Set<String> topics = new HashSet<>();
    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();
    private final Map<String, Set<String>> groupTopics = new LinkedHashMap<>();
    private volatile String lastError;

    LagSampler(String bootstrapServers, String namespace) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "claimwire-bench",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
        for (Topic<?> topic : Topics.all()) {
            topics.add(topic.qualifiedName(namespace));
        }
    }

    void sample(double at) {
        try {
            Map<String, ListConsumerGroupOffsetsSpec> active = new LinkedHashMap<>();
            for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(10, TimeUnit.SECONDS)) {
                if (group.groupState().map(state -> state == GroupState.EMPTY || state == GroupState.DEAD)
                        .orElse(false)) {
                    // No consumer left: the per-instance groups of instances stopped earlier would show stale lag.
                    continue;
                }
                active.put(group.groupId(), new ListConsumerGroupOffsetsSpec());
            }
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new LinkedHashMap<>();
            if (!active.isEmpty()) {
                // All groups in one call: the broker answers them in one request rather than one per group.
                admin.listConsumerGroupOffsets(active).all().get(10, TimeUnit.SECONDS).forEach((group, all) -> {
                    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                    all.forEach((partition, offset) -> {
                        if (offset != null && topics.contains(partition.topic())) {
                            offsets.put(partition, offset);
                        }
                    });
                    if (!offsets.isEmpty()) {
                        committed.put(group, offsets);
                    }
                });
            }
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            committed.values().forEach(offsets -> offsets.keySet().forEach(p -> wanted.put(p, OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(wanted).all().get(10, TimeUnit.SECONDS);
            synchronized (this) {
                committed.forEach((group, offsets) -> {
                    long lag = 0;
                    for (Map.Entry<TopicPartition, OffsetAndMetadata> offset : offsets.entrySet()) {
                        lag += Math.max(0, ends.get(offset.getKey()).offset() - offset.getValue().offset());
                    }
                    samples.computeIfAbsent(group, g -> new CopyOnWriteArrayList<>()).add(new Sample(at, lag));
                    groupTopics.computeIfAbsent(group, g -> new TreeSet<>()).addAll(
                            offsets.keySet().stream().map(TopicPartition::topic).toList());
                });
            }
        } catch (ExecutionException | TimeoutException e) {
            lastError = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized Map<String, List<Sample>> samples() {
        Map<String, List<Sample>> copy = new LinkedHashMap<>();
        samples.forEach((group, list) -> copy.put(group, List.copyOf(list)));
        return copy;
    }

    /** The topics each group has committed offsets on. */
    synchronized Map<String, Set<String>> groupTopics() {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        groupTopics.forEach((group, names) -> copy.put(group, Set.copyOf(new TreeSet<>(names))));
        return copy;
    }

    /** Records not yet processed by the pipeline's stages, at the latest sample (control topics aside). */
    synchronized long pipelineLag() {
        long lag = 0;
        for (Map.Entry<String, List<Sample>> group : samples.entrySet()) {
            List<Sample> series = group.getValue();
            LagStats stats = LagStats.of(group.getKey(), List.copyOf(groupTopics.getOrDefault(group.getKey(),
                    Set.of())), series.isEmpty() ? List.of() : List.of(series.get(series.size() - 1)));
            if (stats.stage() != null) {
                lag += stats.last();
            }
        }
        return lag;
    }

    String lastError() {
        return lastError;
    }

    @Override
    public void close() {
        admin.close();
    }
}
