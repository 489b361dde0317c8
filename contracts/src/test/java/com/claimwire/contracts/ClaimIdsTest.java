package com.claimwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimIdsTest {

    @Test
    void theSameArticleAndSpanGiveTheSameClaimId() {
        assertThat(ClaimIds.claimId("a1", 10, 20)).isEqualTo(ClaimIds.claimId("a1", 10, 20));
    }

    @Test
    void anotherSpanGivesAnotherClaimId() {
        assertThat(ClaimIds.claimId("a1", 10, 20)).isNotEqualTo(ClaimIds.claimId("a1", 10, 21));
    }

    @Test
    void aClaimIdNamesItsArticle() {
        assertThat(ClaimIds.claimId("a1", 10, 20)).startsWith("a1-c");
    }

    @Test
    void articleIdsAreShortStableHashesOfTheCanonicalUrl() {
        assertThat(ClaimIds.articleId("https://example.org/a")).hasSize(16)
                .isEqualTo(ClaimIds.articleId("https://example.org/a"));
    }
}
