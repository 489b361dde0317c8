package com.claimwire.analysis.topics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Business news borrows words from disasters and medicine ("flooding the market", "financial health"). */
class EconomicMetaphorIsNotADisasterOrHealthTest {

    private final TaxonomyTopicTagger tagger = TaxonomyTopicTagger.withDefaults();

    @Test
    void importsFloodingAMarketAreNoDisaster() {
        assertThat(tagger.tag("Imported steel was still flooding the domestic market")).doesNotContain("disasters");
    }

    @Test
    void floodsAreStillADisaster() {
        assertThat(tagger.tag("Floods swept through the valley overnight")).contains("disasters");
        assertThat(tagger.tag("A flood destroyed the bridge")).contains("disasters");
    }

    @Test
    void financialHealthIsEconomyNotHealth() {
        assertThat(tagger.tag("The bank's financial health has improved since the merger"))
                .contains("economy").doesNotContain("health");
    }

    @Test
    void mortgageSecuritiesAreEconomy() {
        assertThat(tagger.tag("It raised the size of its mortgage securities issue to 350 mln dlrs")).contains("economy");
    }
}
