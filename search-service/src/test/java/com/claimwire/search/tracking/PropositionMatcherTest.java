package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.embeddings.ClaimEmbedder;
import com.claimwire.search.tracking.PropositionMatcher.Relation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relation rules on real sentences (Reuters-21578 and the demo story) with real MiniLM embeddings. */
class PropositionMatcherTest {

    private final PropositionMatcher matcher = new PropositionMatcher(TrackingThresholds.CALIBRATED);

    @Test
    void sameWordingWithOtherFiguresIsAnotherProposition() {
        var monday = claim("The Bank of England said it forecast a shortage of around 450 mln stg in the money market today.",
                ClaimType.ASSERTION, List.of("Bank of England"));
        var tuesday = claim("The Bank of England said it forecast a shortage of around 300 mln stg in the money market today.",
                ClaimType.ASSERTION, List.of("Bank of England"));

        assertThat(ClaimEmbedder.cosine(monday.embedding(), tuesday.embedding())).isGreaterThan(0.9);
        assertThat(matcher.compare(tuesday, monday, null).relation()).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void aRewordedRestatementIsTheSameProposition() {
        var first = claim("Brazil bought 75,000 tonnes of French wheat at tonight's tender, a Brazilian Wheat Board spokesman said.",
                ClaimType.ASSERTION, List.of("Brazil", "France"));
        var second = claim("Brazil has bought 75,000 tonnes of French wheat at tender, a Brazilian Wheat Board spokesman said.",
                ClaimType.ASSERTION, List.of("Brazil", "France"));

        assertThat(matcher.compare(second, first, null).relation()).isEqualTo(Relation.SAME);
    }

    @Test
    void claimsAboutDisjointEntitiesNeverMatch() {
        var phillips = claim("Phillips Petroleum said it raised the contract price it will for all grades of crude "
                + "oil 50 cts a barrel, effective today.", ClaimType.ASSERTION, List.of("Phillips Petroleum"));
        var citgo = claim("Southland Corp's Citgo Petroleum Corp said it raised the contract price it will pay for "
                + "crude oil 50 cts a barrel, effective today.", ClaimType.ASSERTION,
                List.of("Southland Corp", "Citgo Petroleum Corp"));

        assertThat(ClaimEmbedder.cosine(phillips.embedding(), citgo.embedding())).isGreaterThan(0.8);
        assertThat(matcher.compare(citgo, phillips, null).relation()).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void anAdmissionOpposesTheEarlierDenialOfTheSameThing() {
        var denial = claim(SeedStory.FRIDAY_DENIAL, ClaimType.DENIAL, List.of("Russia", "Ukraine"));
        var admission = claim(SeedStory.ADMISSION, ClaimType.ADMISSION, List.of("Russia", "Ukraine"));

        assertThat(matcher.compare(admission, denial, null).relation()).isEqualTo(Relation.OPPOSING);
    }

    @Test
    void anAllegationAboutSomethingElseDoesNotOpposeTheDenial() {
        var denial = claim(SeedStory.FRIDAY_DENIAL, ClaimType.DENIAL, List.of("Russia", "Ukraine"));
        var other = claim("The reason was that the US and some European countries, especially Germany, told Ukraine",
                ClaimType.ALLEGATION, List.of("United States", "Germany", "Ukraine"));

        assertThat(matcher.compare(other, denial, null).relation()).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void anAssertionCloseToADenialIsNotItsOpposite() {
        var denial = claim(SeedStory.FRIDAY_DENIAL, ClaimType.DENIAL, List.of("Russia", "Ukraine"));
        var background = claim(SeedStory.AGREED_ON_DOCUMENTS, ClaimType.ASSERTION, List.of("Ukraine", "Russia", "Iran"));

        assertThat(ClaimEmbedder.cosine(background.embedding(), denial.embedding()))
                .as("close enough to have been related on the embedding alone")
                .isGreaterThan(TrackingThresholds.CALIBRATED.opposingCosineAlone());
        assertThat(matcher.compare(background, denial, null).relation()).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void aChargeThatItselfNegatesLeansTheDenialsWay() {
        var denial = claim(SeedStory.FRIDAY_DENIAL, ClaimType.DENIAL, List.of("Russia", "Ukraine"));
        var charge = claim("Iran sent drones to Russia for use against Ukraine", ClaimType.ALLEGATION,
                List.of("Iran", "Russia", "Ukraine"));
        var negated = claim("Iran never sent drones to Russia for use against Ukraine", ClaimType.ALLEGATION,
                List.of("Iran", "Russia", "Ukraine"));

        assertThat(matcher.compare(charge, denial, null).relation()).isEqualTo(Relation.OPPOSING);
        assertThat(matcher.compare(negated, denial, null).relation()).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void onlyDenialsAndChargesCanContradict() {
        assertThat(PropositionMatcher.contradictingTypes(ClaimType.DENIAL))
                .containsExactlyInAnyOrder(ClaimType.ALLEGATION, ClaimType.ADMISSION);
        assertThat(PropositionMatcher.contradictingTypes(ClaimType.ADMISSION)).containsExactly(ClaimType.DENIAL);
        assertThat(PropositionMatcher.contradictingTypes(ClaimType.ASSERTION)).isEmpty();
        assertThat(PropositionMatcher.contradictingTypes(ClaimType.COMMITMENT)).isEmpty();
    }

    @Test
    void aCommitmentOpposesNothing() {
        var denial = claim(SeedStory.FRIDAY_DENIAL, ClaimType.DENIAL, List.of("Russia", "Ukraine"));
        var commitment = claim("if it is proven to us that Russia used Iranian drones in the war against Ukraine, we "
                + "will not be indifferent", ClaimType.COMMITMENT, List.of("Russia", "Iran", "Ukraine"));

        assertThat(matcher.compare(commitment, denial, null).relation()).isEqualTo(Relation.UNRELATED);
    }

    private static TrackedClaim claim(String text, ClaimType type, List<String> entities) {
        return new TrackedClaim("c-" + text.hashCode(), "a-" + text.hashCode(), text, type, "said", "speaker",
                SpeakerKind.PERSON, null, entities, SeedStory.embed(text), Instant.EPOCH, "wire", null);
    }
}
