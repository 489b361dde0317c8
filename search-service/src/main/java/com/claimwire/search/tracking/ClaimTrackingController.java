package com.claimwire.search.tracking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Claims with their clusters and opposing claims, and speakers' timelines. Errors are problem details. */
@RestController
@RequestMapping("/api")
@Tag(name = "Tracking", description = "Follow a claim across outlets and time")
class ClaimTrackingController {

    /** Claim ids accepted by one context request at most. */
    private static final int MAX_CONTEXT_IDS = 100;

    private static final Logger log = LoggerFactory.getLogger(ClaimTrackingController.class);

    private final ClaimTrackingQueries queries;

    ClaimTrackingController(ClaimTrackingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/claims/{id}")
    @Operation(summary = "A claim with its cluster and opposing claims", description = "The claim, the sentence it "
            + "sits in, every report of the same proposition in time order, and the claims taking the opposite "
            + "stance (REVERSAL when the same actor, DISPUTE when someone else).")
    ClaimDetail claim(@PathVariable String id) {
        return read(() -> queries.detail(id)).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No claim with id '" + id + "'."));
    }

    @GetMapping("/claims/contexts")
    @Operation(summary = "The sentences claims sit in", description = "For each claim id, the sentence around the "
            + "claim with the claim's offsets in it, so a page can highlight it safely.")
    Map<String, ClaimContext> contexts(
            @Parameter(description = "Comma-separated claim ids, at most 100") @RequestParam String ids) {
        List<String> claimIds = Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .distinct().toList();
        if (claimIds.size() > MAX_CONTEXT_IDS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "At most " + MAX_CONTEXT_IDS + " claim ids per request, got " + claimIds.size() + ".");
        }
        return read(() -> queries.contextsOf(claimIds));
    }

    @GetMapping("/speakers/{name}/timeline")
    @Operation(summary = "A speaker's claims by date and stance", description = "The speaker's claims, earliest "
            + "first, and how many of each claim type per day.")
    SpeakerTimeline timeline(@PathVariable String name,
            @Parameter(description = "Claims listed, 1-200 (default 100)") @RequestParam(defaultValue = "100") int size) {
        if (size < 1 || size > ClaimTrackingQueries.MAX_LISTED) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "size must be between 1 and " + ClaimTrackingQueries.MAX_LISTED + ", was " + size + ".");
        }
        return read(() -> queries.timeline(name, size)).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "No claims by speaker '" + name + "'."));
    }

    private interface Read<T> {
        T get() throws IOException;
    }

    private static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            log.warn("Reading claims from Elasticsearch failed", e);
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Elasticsearch is not reachable.", e);
        }
    }
}
