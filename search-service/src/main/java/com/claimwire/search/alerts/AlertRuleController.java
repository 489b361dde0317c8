package com.claimwire.search.alerts;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alert rules: create, read, change, delete (writes need the API key), and their webhook deliveries. */
@RestController
@RequestMapping("/api/alert-rules")
class AlertRuleController {

    private static final int MAX_SIZE = 1_000;

    private final AlertRules rules;
    private final WebhookDeliveries deliveries;

    AlertRuleController(AlertRules rules, WebhookDeliveries deliveries) {
        this.rules = rules;
        this.deliveries = deliveries;
    }

    @PostMapping
    ResponseEntity<RuleView> create(@RequestBody RuleRequest request) throws IOException {
        RuleDocument created = rules.create(request);
        return ResponseEntity.created(URI.create("/api/alert-rules/" + created.id())).body(RuleView.of(created));
    }

    @GetMapping
    List<RuleView> list(@RequestParam(defaultValue = "0") int from, @RequestParam(defaultValue = "100") int size)
            throws IOException {
        if (from < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidAlertRequestException("from must be at least 0 and size between 1 and " + MAX_SIZE);
        }
        return rules.list(from, size).stream().map(RuleView::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<RuleView> get(@PathVariable String id) throws IOException {
        return ResponseEntity.of(rules.find(id).map(RuleView::of));
    }

    @PutMapping("/{id}")
    ResponseEntity<RuleView> update(@PathVariable String id, @RequestBody RuleRequest request) throws IOException {
        return ResponseEntity.of(rules.update(id, request).map(RuleView::of));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) throws IOException {
        return rules.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    /** The webhook delivery log of the rule, newest first. */
    @GetMapping("/{id}/deliveries")
    List<DeliveryDocument> deliveries(@PathVariable String id, @RequestParam(required = false) DeliveryState state)
            throws IOException {
        return deliveries.log(id, state);
    }

    /** Tries the rule's dead-lettered deliveries again, with a fresh set of attempts. */
    @PostMapping("/{id}/deliveries/replay")
    ResponseEntity<Map<String, Integer>> replay(@PathVariable String id) throws IOException {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("replayed", deliveries.replayDeadLetters(id)));
    }
}
