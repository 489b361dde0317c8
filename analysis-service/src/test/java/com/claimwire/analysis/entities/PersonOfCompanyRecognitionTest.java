package com.claimwire.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.claimwire.contracts.EntityKind;
import org.junit.jupiter.api.Test;

/** "Carole Berger of Cyrus J. Lawrence Inc": a person of a company is no part of the company's name. */
class PersonOfCompanyRecognitionTest {

    private final EntityRecognizer recognizer = GazetteerEntityRecognizer.withDefaults();

    @Test
    void aPersonsNameBeforeOfIsLeftOutOfTheCompanyAfterIt() {
        assertThat(recognizer.recognize("said analyst Carole Berger of Cyrus J. Lawrence Inc, referring to it."))
                .extracting(EntityMention::canonicalName, EntityMention::kind)
                .contains(tuple("Cyrus J. Lawrence Inc", EntityKind.ORGANIZATION))
                .noneMatch(entity -> entity.toList().contains("Carole Berger of Cyrus J. Lawrence Inc"));
    }

    @Test
    void companiesWhoseNameHasOfStayWhole() {
        assertThat(recognizer.recognize("Manufacturers Hanover Trust Co said so, and Imperial Bank of Commerce Ltd agreed."))
                .extracting(EntityMention::canonicalName)
                .containsExactly("Manufacturers Hanover Trust Co", "Imperial Bank of Commerce Ltd");
    }
}
