package com.claimwire.search.alerts;

import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.util.List;

/** Builders of alert rules for tests: the examples, and conditions one at a time. */
final class Rules {

    private Rules() {
    }

    static AlertRule rule(String id, String query, AlertRule.Conditions conditions) {
        return new AlertRule(id, 1, "rule " + id, query, conditions, null);
    }

    static AlertRule.Conditions conditions() {
        return AlertRule.Conditions.NONE;
    }

    /** "Any REVERSAL by a head of state or foreign minister." */
    static AlertRule reversalsByLeaders() {
        return rule("reversals-by-leaders", null, new AlertRule.Conditions(null, null,
                List.of("head of state", "foreign minister"), null, List.of(TrackingStatus.REVERSAL),
                null, null, null, null));
    }

    /** "DENIAL or ADMISSION about Iran and drones." */
    static AlertRule denialsOrAdmissionsAboutIranianDrones() {
        return rule("iran-drones", "Iran drones", new AlertRule.Conditions(null, null, null,
                List.of(ClaimType.DENIAL, ClaimType.ADMISSION), null, null, null, null, null));
    }

    /** "NEW claims about sanctions from unnamed officials." */
    static AlertRule newSanctionClaimsFromUnnamedOfficials() {
        return rule("unnamed-sanctions", "sanctions", new AlertRule.Conditions(null, List.of(SpeakerKind.UNNAMED),
                null, null, List.of(TrackingStatus.NEW), null, null, null, null));
    }
}
