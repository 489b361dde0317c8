package com.claimwire.search.dashboard;

import com.claimwire.contracts.ClaimTracked;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed of tracked claims: every newly tracked claim, whichever instance tracked it (they arrive through
 * {@link TrackedClaimsBroadcast}), goes to every connected dashboard as a server-sent event, in the order received. A
 * claim republished by a re-delivery is sent once. The latest events are kept so that a dashboard that reconnects
 * with {@code Last-Event-ID} misses nothing recent. Sending happens off the consuming thread, so a slow browser never
 * holds up the others.
 */
@Component
class ClaimFeed {

    /** Events kept for reconnecting dashboards. */
    static final int REPLAYED = 500;
    /** Claims remembered as sent, so that a re-delivery's republished claim is not sent again. */
    static final int REMEMBERED_CLAIMS = 10_000;
    private static final long HEARTBEAT_SECONDS = 15;

    /** Distinguishes this process's event ids from a previous one's, whose ids mean nothing here. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Deque<FeedItem> recent = new ArrayDeque<>();
    private final Set<String> sentClaimIds = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CLAIMS;
        }
    });
    private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "claim-feed"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "claim-feed-heartbeat"));
    private long sequence;

    ClaimFeed() {
        heartbeat.scheduleAtFixedRate(() -> sender.execute(this::sendHeartbeat), HEARTBEAT_SECONDS,
                HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Sends {@code tracked} to every dashboard, unless it was sent before. */
    void onTracked(ClaimTracked tracked) {
        FeedItem item;
        synchronized (recent) {
            if (!sentClaimIds.add(tracked.extracted().claim().id())) {
                return;
            }
            item = FeedItem.of(runId + "-" + ++sequence, tracked);
            recent.addLast(item);
            if (recent.size() > REPLAYED) {
                recent.removeFirst();
            }
        }
        sender.execute(() -> subscribers.forEach(subscriber -> send(subscriber, item)));
    }

    /**
     * Subscribes a dashboard. With {@code lastEventId} from this process, the events after it are sent first;
     * with one from another process, every kept event is.
     */
    SseEmitter subscribe(String lastEventId, long timeoutMillis) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        sender.execute(() -> {
            // Read on the sending thread, so that no event falls between the replay and the live sends.
            List<FeedItem> missed = missedSince(lastEventId);
            try {
                emitter.send(SseEmitter.event().comment("connected"));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
                return;
            }
            missed.forEach(item -> send(emitter, item));
            subscribers.add(emitter);
        });
        return emitter;
    }

    /** The kept events after {@code lastEventId}: all of them for an id of another process, none without an id. */
    List<FeedItem> missedSince(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return List.of();
        }
        synchronized (recent) {
            List<FeedItem> kept = new ArrayList<>(recent);
            if (!lastEventId.startsWith(runId + "-")) {
                return kept;
            }
            for (int i = kept.size() - 1; i >= 0; i--) {
                if (kept.get(i).id().equals(lastEventId)) {
                    return kept.subList(i + 1, kept.size());
                }
            }
            return kept;
        }
    }

    private void send(SseEmitter emitter, FeedItem item) {
        try {
            emitter.send(SseEmitter.event().id(item.id()).name("claim").data(item, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(emitter);
            emitter.completeWithError(gone);
        }
    }

    private void sendHeartbeat() {
        for (SseEmitter subscriber : subscribers) {
            try {
                subscriber.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException gone) {
                subscribers.remove(subscriber);
                subscriber.completeWithError(gone);
            }
        }
    }

    @PreDestroy
    void close() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        subscribers.forEach(SseEmitter::complete);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
