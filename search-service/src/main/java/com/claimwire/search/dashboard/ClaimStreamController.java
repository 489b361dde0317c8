package com.claimwire.search.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live feed of newly tracked claims as server-sent events. */
@RestController
@Tag(name = "Live feed", description = "New claims and reversals as they are tracked")
class ClaimStreamController {

    /** How long one stream stays open; browsers reconnect by themselves, resuming with Last-Event-ID. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final ClaimFeed feed;

    ClaimStreamController(ClaimFeed feed) {
        this.feed = feed;
    }

    @GetMapping(path = "/api/stream/claims", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Stream newly tracked claims", description = "Server-sent events named 'claim', one per "
            + "newly tracked claim, with its tracking status. Send Last-Event-ID (or lastEventId) to resume.")
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            @RequestParam(name = "lastEventId", required = false) String lastEventIdParameter) {
        return feed.subscribe(lastEventId != null ? lastEventId : lastEventIdParameter, STREAM_LIFETIME.toMillis());
    }
}
