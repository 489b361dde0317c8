package com.claimwire.ingest.feeds;

import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.FeedRegistered;
import com.claimwire.ingest.articles.FieldError;
import com.claimwire.ingest.articles.UrlCanonicalizer;
import com.claimwire.ingest.web.ProblemTypes;
import com.claimwire.ingest.web.Problems;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The feed registry: {@code POST /api/feeds {"url", "pollInterval"?, "tags"?}}, {@code GET /api/feeds},
 * {@code GET /api/feeds/{id}} (with this instance's polling status) and {@code DELETE /api/feeds/{id}}.
 */
@RestController
class FeedsController {

    private final FeedRegistry registry;
    private final FeedPoller poller;
    private final FeedProperties properties;

    FeedsController(FeedRegistry registry, FeedPoller poller, FeedProperties properties) {
        this.registry = registry;
        this.poller = poller;
        this.properties = properties;
    }

    @PostMapping(path = "/api/feeds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedView> register(@RequestBody JsonNode request) {
        List<FieldError> errors = new ArrayList<>();
        String canonicalUrl = null;
        JsonNode url = request.path("url");
        if (!url.isString() || url.stringValue().isBlank()) {
            errors.add(new FieldError("url", "is required and must be a string"));
        } else {
            try {
                canonicalUrl = UrlCanonicalizer.canonicalize(url.stringValue());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("url", e.getMessage()));
            }
        }
        Duration interval = pollInterval(request.path("pollInterval"), errors);
        List<String> tags = tags(request.path("tags"), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors.size() + " invalid field(s)", errors);
        }
        FeedRegistered feed = registry.register(new FeedRegistered(FeedRegistered.SCHEMA_VERSION,
                ClaimIds.shortHash(canonicalUrl), url.stringValue().strip(), interval.toSeconds(), tags, Instant.now()));
        return ResponseEntity.created(URI.create("/api/feeds/" + feed.id())).body(view(feed));
    }

    @GetMapping("/api/feeds")
    List<FeedView> list() {
        return registry.list().stream().sorted(Comparator.comparing(FeedRegistered::registeredAt)).map(this::view).toList();
    }

    @GetMapping("/api/feeds/{id}")
    FeedView get(@PathVariable String id) {
        return registry.find(id).map(this::view).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/api/feeds/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!registry.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private FeedView view(FeedRegistered feed) {
        return new FeedView(feed.id(), feed.url(), Duration.ofSeconds(feed.pollIntervalSeconds()).toString(), feed.tags(),
                feed.registeredAt(), poller.status(feed.id()).orElse(null));
    }

    private Duration pollInterval(JsonNode value, List<FieldError> errors) {
        if (value.isMissingNode() || value.isNull()) {
            return properties.defaultPollInterval();
        }
        Duration interval = null;
        if (value.isIntegralNumber()) {
            interval = Duration.ofSeconds(value.asLong());
        } else if (value.isString()) {
            try {
                interval = Duration.parse(value.stringValue());
            } catch (DateTimeParseException e) {
                interval = null;
            }
        }
        if (interval == null || interval.compareTo(properties.minPollInterval()) < 0
                || interval.compareTo(properties.maxPollInterval()) > 0) {
            errors.add(new FieldError("pollInterval", "must be an ISO-8601 duration (e.g. PT15M) or seconds, between "
                    + properties.minPollInterval() + " and " + properties.maxPollInterval()));
            return properties.defaultPollInterval();
        }
        return interval;
    }

    private static List<String> tags(JsonNode value, List<FieldError> errors) {
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode tag : value.values()) {
                if (tag.isString() && !tag.stringValue().isBlank()) {
                    tags.add(tag.stringValue().strip());
                } else {
                    tags = null;
                    break;
                }
            }
        }
        if (tags == null || !value.isArray()) {
            errors.add(new FieldError("tags", "must be an array of non-blank strings"));
            return List.of();
        }
        return tags;
    }

    private static RuntimeException notFound(String id) {
        return Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "no feed with id " + id);
    }

    /**
     * A registered feed and how polling it went on this instance.
     *
     * @param id feed id
     * @param url feed URL
     * @param pollInterval registered interval (ISO-8601)
     * @param tags labels carried onto its articles
     * @param registeredAt when it was registered
     * @param status polling status; {@code null} until first scheduled
     */
    record FeedView(String id, String url, String pollInterval, List<String> tags, Instant registeredAt,
            FeedStatus.Snapshot status) {
    }
}
