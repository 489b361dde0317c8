package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertConditions;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.util.List;

/** Builders of alert rules for tests: the examples, and conditions one at a time. */
final class Rules {

    private Rules() {
    }

    static AlertRule rule(String id, String query, AlertConditions conditions) {
        return new AlertRule(id, 1, "rule " + id, query, conditions, null);
    }

    static AlertConditions conditions() {
        return AlertConditions.NONE;
    }

    /** "Any REVERSAL by a head of state or foreign minister." */
    static AlertRule reversalsByLeaders() {
        return rule("reversals-by-leaders", null, new AlertConditions(null, null,
                List.of("head of state", "foreign minister"), null, List.of(TrackingStatus.REVERSAL),
                null, null, null, null));
    }

    /** "DENIAL or ADMISSION about Iran and drones." */
    static AlertRule denialsOrAdmissionsAboutIranianDrones() {
        return rule("iran-drones", "Iran drones", new AlertConditions(null, null, null,
                List.of(ClaimType.DENIAL, ClaimType.ADMISSION), null, null, null, null, null));
    }

    /** "NEW claims about sanctions from unnamed officials." */
    static AlertRule newSanctionClaimsFromUnnamedOfficials() {
        return rule("unnamed-sanctions", "sanctions", new AlertConditions(null, List.of(SpeakerKind.UNNAMED),
                null, null, List.of(TrackingStatus.NEW), null, null, null, null));
    }
}
