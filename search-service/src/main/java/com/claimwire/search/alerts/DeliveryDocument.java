package com.claimwire.search.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery of one alert to its rule's webhook, with a log of every attempt. Stored before the first attempt,
 * so that a delivery survives a restart; its id is the alert id, so an alert is delivered once however often it is
 * published.
 *
 * @param alertId the alert
 * @param ruleId the rule whose webhook receives it
 * @param state pending, delivered or dead letter
 * @param attempts attempts made since it was created or last replayed
 * @param nextAttemptAt when the next attempt is due (while pending); also a lease while an attempt runs
 * @param createdAt when the delivery was created
 * @param updatedAt when it last changed
 * @param body the JSON body POSTed, the same on every attempt
 * @param log every attempt, oldest first
 */
record DeliveryDocument(
        String alertId,
        String ruleId,
        DeliveryState state,
        int attempts,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant updatedAt,
        String body,
        List<Attempt> log) {

    DeliveryDocument {
        log = log == null ? List.of() : List.copyOf(log);
    }

    /**
     * One attempt.
     *
     * @param at when it started
     * @param status the receiver's HTTP status, or {@code null} when there was no answer
     * @param error why it failed, or {@code null}
     * @param millis how long it took
     */
    record Attempt(Instant at, Integer status, String error, long millis) {
    }

    static DeliveryDocument pending(String alertId, String ruleId, String body, Instant now) {
        return new DeliveryDocument(alertId, ruleId, DeliveryState.PENDING, 0, now, now, now, body, List.of());
    }

    DeliveryDocument leasedUntil(Instant until, Instant now) {
        return new DeliveryDocument(alertId, ruleId, state, attempts, until, createdAt, now, body, log);
    }

    /** This delivery after {@code attempt}, in {@code next} state, due again at {@code nextAttemptAt} if pending. */
    DeliveryDocument after(Attempt attempt, DeliveryState next, Instant nextAttemptAt, Instant now) {
        List<Attempt> more = new ArrayList<>(log);
        more.add(attempt);
        return new DeliveryDocument(alertId, ruleId, next, attempts + 1, nextAttemptAt, createdAt, now, body, more);
    }

    /** A dead letter made pending again, with a fresh set of attempts and its log kept. */
    DeliveryDocument replayed(Instant now) {
        return new DeliveryDocument(alertId, ruleId, DeliveryState.PENDING, 0, now, createdAt, now, body, log);
    }
}
