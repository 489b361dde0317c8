package com.claimwire.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.claimwire.contracts.EntityKind;
import org.junit.jupiter.api.Test;

/** "Eli Lilly and Co": "and" and a lone company suffix close the company's name; "Iran and Russia" stay two names. */
class CompanySuffixAfterAndTest {

    private final EntityRecognizer recognizer = GazetteerEntityRecognizer.withDefaults();

    @Test
    void andCoClosesTheCompanysName() {
        assertThat(recognizer.recognize("Eli Lilly and Co said sales rose."))
                .extracting(EntityMention::surface, EntityMention::kind)
                .containsExactly(tuple("Eli Lilly and Co", EntityKind.ORGANIZATION));
    }

    @Test
    void nameWordsEndingInASuffixAfterAndCloseTheCompanysName() {
        assertThat(recognizer.recognize("Goodyear Tire and Rubber Co said its results include a refund."))
                .extracting(EntityMention::surface)
                .containsExactly("Goodyear Tire and Rubber Co");
    }

    @Test
    void twoCompaniesJoinedByAndStayTwo() {
        assertThat(recognizer.recognize("Chrysler Corp and Ford Motor Co agreed to share a plant."))
                .extracting(EntityMention::surface)
                .containsExactly("Chrysler Corp", "Ford Motor Co");
    }

    @Test
    void twoNamesJoinedByAndStayTwo() {
        assertThat(recognizer.recognize("Iran and Russia said the deal was dead."))
                .extracting(EntityMention::canonicalName)
                .containsExactly("Iran", "Russia");
    }
}
