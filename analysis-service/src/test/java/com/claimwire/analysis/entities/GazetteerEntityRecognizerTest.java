package com.claimwire.analysis.entities;

import com.claimwire.contracts.EntityKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GazetteerEntityRecognizerTest {

    private final EntityRecognizer recognizer = GazetteerEntityRecognizer.withDefaults();

    private List<String> canonicalNames(String text) {
        return recognizer.recognize(text).stream().map(EntityMention::canonicalName).toList();
    }

    @Test
    void demonymsCapitalsAndMetonymsNameTheirCountry() {
        assertThat(canonicalNames("Iranian officials in Tehran said the Kremlin and the White House were informed."))
                .containsExactly("Iran", "Iran", "Russia", "United States");
        assertThat(canonicalNames("Talks in Kyiv, or Kiev as Moscow spells it, and in Beijing."))
                .containsExactly("Ukraine", "Ukraine", "Russia", "China");
        assertThat(canonicalNames("Washington and Brussels agreed; the EU and the U.S. will sign."))
                .containsExactly("United States", "European Union", "European Union", "United States");
    }

    @Test
    void countriesAreOfKindCountryAndOrganisationsOfKindOrganization() {
        assertThat(recognizer.recognize("Germany asked NATO and the IAEA."))
                .extracting(EntityMention::canonicalName, EntityMention::kind)
                .containsExactly(tuple("Germany", EntityKind.COUNTRY),
                        tuple("NATO", EntityKind.ORGANIZATION),
                        tuple("International Atomic Energy Agency", EntityKind.ORGANIZATION));
    }

    @Test
    void everyUnMemberStateIsKnownByNameDemonymAndCapital() {
        assertThat(canonicalNames("Burkinabe troops left Ouagadougou for Kyrgyzstan, Eswatini and Timor-Leste."))
                .containsExactly("Burkina Faso", "Burkina Faso", "Kyrgyzstan", "Eswatini", "Timor-Leste");
        assertThat(canonicalNames("Ivorian and Salvadoran diplomats met in Nuku'alofa and Chisinau."))
                .containsExactly("Cote d'Ivoire", "El Salvador", "Tonga", "Moldova");
    }

    @Test
    void longestKnownNameWins() {
        assertThat(canonicalNames("South Sudan and Sudan, and the Democratic Republic of the Congo."))
                .containsExactly("South Sudan", "Sudan", "Democratic Republic of the Congo");
    }

    @Test
    void pluralDemonymsAndPossessivesCount() {
        List<EntityMention> mentions = recognizer.recognize("Iraqis welcomed Iran's offer.");
        assertThat(mentions).extracting(EntityMention::surface).containsExactly("Iraqis", "Iran");
        assertThat(mentions).extracting(EntityMention::canonicalName).containsExactly("Iraq", "Iran");
    }

    @Test
    void islamicRepublicIsIranOnlyWhenTheTextNamesIran() {
        assertThat(canonicalNames("Tehran says the Islamic Republic will respond.")).containsExactly("Iran", "Iran");
        assertThat(canonicalNames("The Islamic Republic held elections on Sunday.")).isEmpty();
    }

    @Test
    void ambiguousCountryNamesNeedTheCountryNamedPlainly() {
        assertThat(canonicalNames("Voters in Georgia went to the polls.")).isEmpty();
        assertThat(canonicalNames("Georgia recalled its envoy from Tbilisi talks.")).containsExactly("Georgia", "Georgia");
    }

    @Test
    void groupsOfCountriesAreNotCountries() {
        assertThat(canonicalNames("Western countries and Arab states disagreed.")).isEmpty();
    }

    @Test
    void shortAcronymsMustBeUpperCase() {
        assertThat(canonicalNames("US officials told us who was there.")).containsExactly("United States");
        assertThat(canonicalNames("The WHO warned.")).containsExactly("World Health Organization");
    }

    @Test
    void knownNamesInsideHyphenatedCompoundsCount() {
        assertThat(canonicalNames("the Russia-Ukraine war and a US-led coalition")).containsExactly("Russia", "Ukraine", "United States");
    }

    @Test
    void personAfterATitleOrRoleIsFound() {
        assertThat(recognizer.recognize("Foreign Minister Anna Kowalska met her counterpart Tomas Lindqvist."))
                .extracting(EntityMention::canonicalName, EntityMention::kind)
                .containsExactly(tuple("Anna Kowalska", EntityKind.PERSON), tuple("Tomas Lindqvist", EntityKind.PERSON));
    }

    @Test
    void nameFollowsTheLastTitleOfARun() {
        assertThat(canonicalNames("Harbor City Mayor Ines Okafor spoke.")).containsExactly("Ines Okafor");
    }

    @Test
    void namesJoinedByAndAreTwoNames() {
        assertThat(recognizer.recognize("said Ines Okafor and Pablo Reyes."))
                .extracting(EntityMention::canonicalName, EntityMention::kind)
                .containsExactly(tuple("Ines Okafor", EntityKind.PERSON), tuple("Pablo Reyes", EntityKind.PERSON));
    }

    @Test
    void personNextToASpeechVerbIsFound() {
        assertThat(canonicalNames("\"We are ready,\" said Oriol Brandt on Monday.")).containsExactly("Oriol Brandt");
        assertThat(canonicalNames("Oriol Brandt told reporters nothing.")).containsExactly("Oriol Brandt");
    }

    @Test
    void surnameAloneIsThePersonNamedInFull() {
        List<EntityMention> mentions = recognizer.recognize(
                "Brandt warned again. Defence Minister Oriol Brandt-Vidal spoke first; later Brandt-Vidal added more.");
        assertThat(mentions).extracting(EntityMention::surface, EntityMention::canonicalName)
                .containsExactly(tuple("Oriol Brandt-Vidal", "Oriol Brandt-Vidal"), tuple("Brandt-Vidal", "Oriol Brandt-Vidal"));
    }

    @Test
    void titleBeforeASurnameUsesTheFullName() {
        assertThat(recognizer.recognize("Petra Lindholm said she won. President Lindholm then spoke."))
                .extracting(EntityMention::surface, EntityMention::canonicalName)
                .contains(tuple("Lindholm", "Petra Lindholm"));
    }

    @Test
    void knownSurnameInsideALongerNameIsNotTheKnownPerson() {
        assertThat(canonicalNames("Hunter Biden said little.")).containsExactly("Hunter Biden");
        assertThat(canonicalNames("Biden said little.")).containsExactly("Joe Biden");
    }

    @Test
    void organisationWordsMakeOrganisations() {
        assertThat(recognizer.recognize("Nordic Shipping Corp. and the Ministry of Fisheries sued the Green Valley Party."))
                .extracting(EntityMention::canonicalName, EntityMention::kind)
                .containsExactly(tuple("Nordic Shipping Corp", EntityKind.ORGANIZATION),
                        tuple("Ministry of Fisheries", EntityKind.ORGANIZATION),
                        tuple("Green Valley Party", EntityKind.ORGANIZATION));
    }

    @Test
    void possessiveEndsAName() {
        assertThat(canonicalNames("Senator Ada Moreno\u2019s Health Plan failed.")).containsExactly("Ada Moreno");
    }

    @Test
    void nameWrappedOverALineBreakIsOneName() {
        assertThat(canonicalNames("said Agriculture Secretary Richard\nLyng on Monday.")).containsExactly("Richard Lyng");
    }

    @Test
    void singleWordAfterATitleModifierIsNotAPerson() {
        assertThat(recognizer.recognize("General Electric and the Agriculture Department agreed."))
                .extracting(EntityMention::kind).doesNotContain(EntityKind.PERSON);
    }

    @Test
    void capitalisedWordsWithoutCuesAreNotNames() {
        assertThat(canonicalNames("The Meeting ended. On Saturday, Heavy Rain fell.")).isEmpty();
    }

    @Test
    void usInstitutionsAndPartiesAreKnown() {
        assertThat(canonicalNames("The Pentagon, the State Department and Senate Republicans disagreed with Democrats."))
                .containsExactly("United States Department of Defense", "United States Department of State",
                        "United States Senate", "Republican Party", "Democratic Party");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Kremlin\u2019s envoy, Mr. Ivo Sand, and NATO\u2019s chief met in Brussels (Belgium).\n\nSand said no.";
        for (EntityMention mention : recognizer.recognize(text)) {
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface());
        }
        assertThat(canonicalNames(text)).containsExactly("Russia", "Ivo Sand", "NATO", "European Union", "Belgium", "Ivo Sand");
    }

    @Test
    void oddInputYieldsNoErrors() {
        assertThat(recognizer.recognize(null)).isEmpty();
        assertThat(recognizer.recognize("")).isEmpty();
        assertThat(recognizer.recognize("\u0000\u0007 \t\n<p>'\"-- -'s")).isEmpty();
        String noPunctuation = "iran russia ".repeat(50_000) + "Iran";
        assertThat(canonicalNames(noPunctuation)).containsExactly("Iran");
    }

    @Test
    void canonicalizeMapsSpeakerPhrasesToTheirEntity() {
        assertThat(name(recognizer.canonicalize("Tehran"))).isEqualTo("Iran");
        assertThat(name(recognizer.canonicalize("the Kremlin"))).isEqualTo("Russia");
        assertThat(name(recognizer.canonicalize("Iranian officials"))).isEqualTo("Iran");
        assertThat(name(recognizer.canonicalize("the White House"))).isEqualTo("United States");
        assertThat(name(recognizer.canonicalize("the Russian side"))).isEqualTo("Russia");
        assertThat(name(recognizer.canonicalize("Putin"))).isEqualTo("Vladimir Putin");
    }

    @Test
    void canonicalizeLeavesPeopleAndGroupsAlone() {
        assertThat(recognizer.canonicalize("the Iranian foreign minister")).isEmpty();
        assertThat(recognizer.canonicalize("Western countries")).isEmpty();
        assertThat(recognizer.canonicalize("Iran and Russia")).isEmpty();
        assertThat(recognizer.canonicalize("")).isEmpty();
    }

    private static String name(Optional<EntityMention> mention) {
        return mention.map(EntityMention::canonicalName).orElse(null);
    }

    @Test
    void sharedDefaultInstanceAnswersTheSameFromManyThreads() {
        assertThat(GazetteerEntityRecognizer.withDefaults()).isSameAs(recognizer);
        String text = "Foreign Minister Anna Kowalska told the Kremlin that Kowalska and NATO disagree with Tehran.";
        List<EntityMention> expected = recognizer.recognize(text);
        IntStream.range(0, 2_000).parallel().forEach(i -> assertThat(recognizer.recognize(text)).isEqualTo(expected));
    }

    @Test
    void anOrganisationSuffixInCapitalsClosesTheCompanyName() {
        assertThat(recognizer.recognize("Thyssen AG said it expects a profit; Kestrel PLC did not."))
                .extracting(EntityMention::surface, EntityMention::kind)
                .containsExactly(tuple("Thyssen AG", EntityKind.ORGANIZATION), tuple("Kestrel PLC", EntityKind.ORGANIZATION));
    }

    @Test
    void aHyphenatedTitleIntroducesAPerson() {
        assertThat(recognizer.recognize("Vice-Premier Lin Haobo spoke."))
                .extracting(EntityMention::canonicalName, EntityMention::kind)
                .containsExactly(tuple("Lin Haobo", EntityKind.PERSON));
    }

    @Test
    void theGazetteerKnowsTheCountryOfTheLeadersItLists() {
        assertThat(recognizer.countryOf("Vladimir Putin")).contains("Russia");
        assertThat(recognizer.countryOf("Recep Tayyip Erdogan")).contains("Turkey");
        assertThat(recognizer.countryOf("Antonio Guterres")).isEmpty();
        assertThat(recognizer.countryOf("Iran")).isEmpty();
    }
}
