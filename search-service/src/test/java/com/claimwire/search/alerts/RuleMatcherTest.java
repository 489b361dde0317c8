package com.claimwire.search.alerts;

import static com.claimwire.search.alerts.TrackedClaims.claim;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.AlertConditions;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {

    private final RuleMatcher matcher = new RuleMatcher();

    @AfterEach
    void close() throws IOException {
        matcher.close();
    }

    private List<String> matchedIds(com.claimwire.contracts.ClaimTracked claim) {
        return matcher.match(claim).rules().stream().map(AlertRule::id).toList();
    }

    @Test
    void aForeignMinistersReversalMatchesTheLeadersRule() {
        matcher.put(Rules.reversalsByLeaders());

        assertThat(matchedIds(claim().status(TrackingStatus.REVERSAL)
                .speaker("Hossein Amir-Abdollahian", SpeakerKind.PERSON, "Iranian Foreign Minister").build()))
                .containsExactly("reversals-by-leaders");
    }

    @Test
    void aPresidentCountsAsAHeadOfState() {
        matcher.put(Rules.reversalsByLeaders());

        assertThat(matchedIds(claim().status(TrackingStatus.REVERSAL)
                .speaker("Ebrahim Raisi", SpeakerKind.PERSON, "President of Iran").build()))
                .containsExactly("reversals-by-leaders");
    }

    @Test
    void theLeadersRuleIgnoresOtherStatusesAndOtherRoles() {
        matcher.put(Rules.reversalsByLeaders());

        assertThat(matchedIds(claim().status(TrackingStatus.NEW).build())).isEmpty();
        assertThat(matchedIds(claim().status(TrackingStatus.REVERSAL)
                .speaker("John Kirby", SpeakerKind.PERSON, "White House spokesman").build())).isEmpty();
        assertThat(matchedIds(claim().status(TrackingStatus.REVERSAL)
                .speaker("Jane Doe", SpeakerKind.PERSON, "deputy health minister").build())).isEmpty();
    }

    @Test
    void anAdmissionOrDenialAboutIranAndDronesMatchesThroughEntitiesAndText() {
        matcher.put(Rules.denialsOrAdmissionsAboutIranianDrones());

        assertThat(matchedIds(claim().type(ClaimType.ADMISSION).build())).containsExactly("iran-drones");
        assertThat(matchedIds(claim().type(ClaimType.DENIAL)
                .text("Tehran has never sent a single drone to Moscow").entities("Iran", "Russia").build()))
                .as("'drone' matches 'drones' after stemming").containsExactly("iran-drones");
    }

    @Test
    void anAllegationAboutIranianDronesIsNotAnAdmissionOrDenial() {
        matcher.put(Rules.denialsOrAdmissionsAboutIranianDrones());

        assertThat(matchedIds(claim().type(ClaimType.ALLEGATION)
                .text("Iran sent several hundred drones").build())).isEmpty();
    }

    @Test
    void aDenialAboutDronesWithoutIranDoesNotMatch() {
        matcher.put(Rules.denialsOrAdmissionsAboutIranianDrones());

        assertThat(matchedIds(claim().type(ClaimType.DENIAL).title("Border talks")
                .text("Turkey did not sell drones to Ukraine").entities("Turkey", "Ukraine").build())).isEmpty();
    }

    @Test
    void aNewSanctionsClaimByAnUnnamedOfficialMatches() {
        matcher.put(Rules.newSanctionClaimsFromUnnamedOfficials());

        var claim = claim().status(TrackingStatus.NEW).type(ClaimType.ASSERTION)
                .speaker("a senior EU official", SpeakerKind.UNNAMED, "official")
                .text("The bloc will widen the sanction list next week").title("EU trade").entities("EU");

        assertThat(matchedIds(claim.build())).containsExactly("unnamed-sanctions");
        assertThat(matchedIds(claim.status(TrackingStatus.REPEATED).build())).as("not NEW").isEmpty();
        assertThat(matchedIds(claim.status(TrackingStatus.NEW)
                .speaker("Ursula von der Leyen", SpeakerKind.PERSON, "Commission President").build()))
                .as("a named speaker").isEmpty();
    }

    @Test
    void oneClaimMatchesEveryRuleItSatisfiesAtOnce() {
        matcher.putAll(List.of(Rules.reversalsByLeaders(), Rules.denialsOrAdmissionsAboutIranianDrones(),
                Rules.newSanctionClaimsFromUnnamedOfficials()));

        assertThat(matchedIds(claim().type(ClaimType.ADMISSION).status(TrackingStatus.REVERSAL).build()))
                .containsExactlyInAnyOrder("reversals-by-leaders", "iran-drones");
    }

    @Test
    void structuredConditionsMatchCaseInsensitively() {
        matcher.put(Rules.rule("by-source", null, new AlertConditions(List.of("hossein amir-abdollahian"), null,
                null, null, null, List.of("IRAN"), List.of("Weapons"), List.of("Example-News"), List.of("EN"))));

        assertThat(matchedIds(claim().build())).containsExactly("by-source");
        assertThat(matchedIds(claim().source("other-news").build())).isEmpty();
    }

    @Test
    void aRuleThatFailsWhileMatchingIsReportedAndTheOthersStillMatch() throws IOException {
        try (var failing = new RuleMatcher(rule -> rule.id().equals("broken")
                ? new FailingQuery() : new RuleCompiler(ClaimFields.analyzer()).compile(rule))) {
            failing.putAll(List.of(Rules.rule("broken", "drones", Rules.conditions()), Rules.reversalsByLeaders()));

            var matches = failing.match(claim().build());

            assertThat(matches.rules()).extracting(AlertRule::id).containsExactly("reversals-by-leaders");
            assertThat(matches.failures()).containsOnlyKeys("broken");
            assertThat(matches.failures().get("broken")).contains("index unavailable");
        }
    }

    @Test
    void anExcludedTermKeepsAClaimFromMatching() {
        matcher.put(Rules.rule("not-drones", "-drones", new AlertConditions(null, null, null,
                List.of(ClaimType.ADMISSION), null, null, null, null, null)));

        assertThat(matchedIds(claim().build())).isEmpty();
        assertThat(matchedIds(claim().text("We provided Russia with missiles").title("Missiles").build()))
                .containsExactly("not-drones");
    }

    @Test
    void anOlderRevisionNeverReplacesANewerOne() {
        matcher.put(new AlertRule("r", 2, "newer", "drones", null, null));

        boolean applied = matcher.put(new AlertRule("r", 1, "older", "sanctions", null, null));

        assertThat(applied).isFalse();
        assertThat(matchedIds(claim().build())).containsExactly("r");
    }

    @Test
    void aRemovedRuleNoLongerMatches() {
        matcher.put(Rules.reversalsByLeaders());

        matcher.remove("reversals-by-leaders");

        assertThat(matchedIds(claim().build())).isEmpty();
        assertThat(matcher.size()).isZero();
    }

    @Test
    void batchesMatchLikeSingleClaims() {
        matcher.putAll(List.of(Rules.reversalsByLeaders(), Rules.denialsOrAdmissionsAboutIranianDrones()));

        var outcomes = matcher.matchAll(List.of(claim().build(), claim().type(ClaimType.ASSERTION)
                .status(TrackingStatus.NEW).build()));

        assertThat(outcomes.get(0).rules()).extracting(AlertRule::id)
                .containsExactlyInAnyOrder("reversals-by-leaders", "iran-drones");
        assertThat(outcomes.get(1).rules()).isEmpty();
    }

    /** A query whose matching fails, as one would when its evaluation breaks. */
    private static final class FailingQuery extends Query {
        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            throw new IllegalStateException("index unavailable");
        }

        @Override
        public String toString(String field) {
            return "failing";
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FailingQuery;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
