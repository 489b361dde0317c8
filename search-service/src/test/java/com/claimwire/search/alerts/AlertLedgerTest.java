package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.search.alerts.AlertLedger.Outcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertLedgerTest {

    @Test
    void theFirstMatchRaisesTheAlert() {
        var decision = AlertLedger.decide(null, "c1");

        assertThat(decision.outcome()).isEqualTo(Outcome.RAISE);
        assertThat(decision.ledger().furtherMatches()).isZero();
    }

    @Test
    void furtherClaimsOfTheClusterAreCountedOnTheAlert() {
        var raised = AlertLedger.raisedBy("c1");

        var second = AlertLedger.decide(raised, "c2");
        var third = AlertLedger.decide(second.ledger(), "c3");

        assertThat(second.outcome()).isEqualTo(Outcome.COUNT);
        assertThat(third.ledger().furtherMatches()).isEqualTo(2);
        assertThat(third.ledger().matchedClaimIds()).containsExactly("c1", "c2", "c3");
    }

    @Test
    void aRedeliveredClaimIsNeverCountedTwice() {
        var counted = AlertLedger.decide(AlertLedger.raisedBy("c1"), "c2").ledger();

        var again = AlertLedger.decide(counted, "c2");

        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.ledger().furtherMatches()).isEqualTo(1);
    }

    @Test
    void theRedeliveredTriggerRepublishesTheSameAlert() {
        assertThat(AlertLedger.decide(AlertLedger.raisedBy("c1"), "c1").outcome()).isEqualTo(Outcome.REPUBLISH);
    }

    @Test
    void claimsOfOneClusterInOneWindowShareAnAlertAndTheNextWindowGetsANewOne() {
        var window = new AlertWindow(Duration.ofHours(1));
        Instant morning = Instant.parse("2022-11-05T09:10:00Z");

        String first = AlertWindow.alertId("r", "cluster", window.startOf(morning));
        String sameHour = AlertWindow.alertId("r", "cluster", window.startOf(morning.plusSeconds(40 * 60)));
        String nextHour = AlertWindow.alertId("r", "cluster", window.startOf(morning.plusSeconds(60 * 60)));
        String otherCluster = AlertWindow.alertId("r", "other", window.startOf(morning));
        String otherRule = AlertWindow.alertId("r2", "cluster", window.startOf(morning));

        assertThat(sameHour).isEqualTo(first);
        assertThat(nextHour).isNotEqualTo(first);
        assertThat(otherCluster).isNotEqualTo(first);
        assertThat(otherRule).isNotEqualTo(first);
    }
}
