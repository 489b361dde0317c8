package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.search.tracking.TrackingLease.LeaseDocument;
import org.junit.jupiter.api.Test;

/** Who may take the tracking lease, as its stored document says. */
class TrackingLeaseDocumentTest {

    private static final long NOW = 1_000_000;

    @Test
    void aHeldLeaseIsFreeOnlyForItsHolder() {
        LeaseDocument held = new LeaseDocument("a", NOW + 5_000, null, 0);

        assertThat(held.isFreeFor("a", NOW)).isTrue();
        assertThat(held.isFreeFor("b", NOW)).isFalse();
    }

    @Test
    void aReleasedOrExpiredLeaseIsFreeForAnyone() {
        assertThat(new LeaseDocument("a", 0, null, 0).isFreeFor("b", NOW)).isTrue();
        assertThat(new LeaseDocument("a", NOW - 1, null, 0).isFreeFor("b", NOW)).isTrue();
    }

    @Test
    void aReleasedLeaseGoesToTheInstanceWaitingInLine() {
        LeaseDocument released = new LeaseDocument("a", 0, "b", NOW + 5_000);

        assertThat(released.isFreeFor("b", NOW)).isTrue();
        assertThat(released.isFreeFor("a", NOW)).as("the last holder cannot take it back before the waiter").isFalse();
        assertThat(released.isFreeFor("c", NOW)).isFalse();
    }

    @Test
    void aWaiterThatStoppedAskingLosesItsPlace() {
        LeaseDocument released = new LeaseDocument("a", 0, "b", NOW - 1);

        assertThat(released.isFreeFor("a", NOW)).isTrue();
        assertThat(released.hasWaiter(NOW)).isFalse();
    }
}
