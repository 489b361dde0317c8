package com.claimwire.search.alerts;

import com.claimwire.contracts.TrackingStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Stored alerts and the live alert stream. */
@RestController
@RequestMapping("/api/alerts")
class AlertController {

    private static final int MAX_SIZE = 500;

    private final AlertStore store;
    private final AlertStream stream;

    AlertController(AlertStore store, AlertStream stream) {
        this.store = store;
        this.stream = stream;
    }

    /** Alerts newest first, filtered by rule, tracking status, speaker and time raised ({@code from} inclusive). */
    @GetMapping
    List<AlertDocument> alerts(@RequestParam(required = false) String rule,
            @RequestParam(required = false) TrackingStatus status,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "50") int size) throws IOException {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidAlertRequestException("size must be between 1 and " + MAX_SIZE);
        }
        return store.search(new AlertFilter(rule, status, speaker, from, to), size);
    }

    /** Alerts as server-sent events (all, or one rule's); send {@code Last-Event-ID} to get what was missed. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) String rule,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) throws IOException {
        return stream.subscribe(rule, lastEventId);
    }
}
