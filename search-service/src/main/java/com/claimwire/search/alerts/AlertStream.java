package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertRaised;
import com.claimwire.contracts.EventCodec;
import com.claimwire.contracts.InvalidEventException;
import com.claimwire.contracts.Topics;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Alerts as server-sent events. Every instance follows the alerts topic in its own group, so a client sees every
 * alert whichever instance raised it. A client resuming with {@code Last-Event-ID} first gets the stored alerts
 * raised after that one; an alert arriving live during that replay is not sent twice.
 */
@Component
class AlertStream {

    static final String LISTENER_ID = "alert-stream";

    private static final Logger log = LoggerFactory.getLogger(AlertStream.class);
    private static final int REMEMBERED_IDS = 10_000;

    /** One connected client. */
    private static final class Subscriber {
        final SseEmitter emitter;
        final String ruleId;
        final Set<String> sent = Collections.newSetFromMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED_IDS;
            }
        });

        Subscriber(SseEmitter emitter, String ruleId) {
            this.emitter = emitter;
            this.ruleId = ruleId;
        }

        boolean wants(AlertRaised alert) {
            return ruleId == null || ruleId.equals(alert.ruleId());
        }

        /** @return {@code false} when the client is gone */
        synchronized boolean send(AlertRaised alert) {
            if (!wants(alert) || !sent.add(alert.alertId())) {
                return true;
            }
            try {
                emitter.send(SseEmitter.event().id(alert.alertId()).name("alert")
                        .data(EventCodec.encodeToString(alert), MediaType.APPLICATION_JSON));
                return true;
            } catch (IOException | IllegalStateException gone) {
                return false;
            }
        }
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AlertStore store;
    private final AlertsProperties properties;

    AlertStream(AlertStore store, AlertsProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** A stream of the alerts of {@code ruleId} (all when {@code null}), resuming after {@code lastEventId}. */
    SseEmitter subscribe(String ruleId, String lastEventId) throws IOException {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Subscriber subscriber = new Subscriber(emitter, ruleId);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(error -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        // Opens the response at once, so clients and proxies see the stream before the first alert.
        emitter.send(SseEmitter.event().comment("alerts"));
        if (lastEventId != null && !lastEventId.isBlank()) {
            for (AlertRaised missed : store.after(lastEventId, ruleId, properties.streamReplayLimit())) {
                if (!subscriber.send(missed)) {
                    subscribers.remove(subscriber);
                    break;
                }
            }
        }
        return emitter;
    }

    @KafkaListener(id = LISTENER_ID, topics = "#{@alertTopics.alerts()}",
            groupId = "#{@alertTopics.instanceGroup('stream')}", batch = "true",
            properties = "auto.offset.reset=latest", containerPostProcessor = "alertListenerRetries")
    void onAlerts(List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            AlertRaised alert;
            try {
                alert = EventCodec.decode(Topics.ALERTS, record.value());
            } catch (InvalidEventException e) {
                log.warn("Not streaming unreadable alert {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
                continue;
            }
            for (Subscriber subscriber : subscribers) {
                if (!subscriber.send(alert)) {
                    subscribers.remove(subscriber);
                }
            }
        }
    }
}
