package com.claimwire.analysis.entities;

import com.claimwire.contracts.EntityKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Recall of the people and international organisations that Reuters-21578 editors listed for each story:
 * a listed person counts as found when a recognised person's canonical name ends with their surname, an
 * organisation when its canonical name is among the recognised entities. The editors list no complete set,
 * so only recall is measured; it is printed and kept above a floor a little under what the recognizer reaches.
 */
class ReutersNameRecallTest {

    private static final double PEOPLE_RECALL_FLOOR = 0.91;
    /** Most stories list no people and no organisations; skipping their lines unparsed keeps the test fast. */
    private static final String NO_NAMES_LISTED = "\"people\": [], \"orgs\": []";
    private static final double ORGANISATION_RECALL_FLOOR = 0.97;
    private static final Map<String, String> ORGANISATIONS = Map.of("ec", "European Union", "imf", "International Monetary Fund",
            "opec", "OPEC", "worldbank", "World Bank", "gatt", "General Agreement on Tariffs and Trade", "oecd", "OECD");

    @Test
    void findsThePeopleAndOrganisationsReutersEditorsListed() throws IOException {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null, "claimwire.shared.dir is not set");
        Path file = Path.of(shared, "data", "news", "reuters21578.jsonl");
        assumeTrue(Files.isRegularFile(file), file + " is absent");
        JsonMapper json = JsonMapper.builder().build();
        EntityRecognizer recognizer = GazetteerEntityRecognizer.withDefaults();
        int people = 0;
        int peopleFound = 0;
        int organisations = 0;
        int organisationsFound = 0;
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(NO_NAMES_LISTED)) {
                    continue;
                }
                JsonNode story = json.readTree(line);
                String body = story.path("body").asString("");
                boolean listsNames = !story.path("people").isEmpty() || !story.path("orgs").isEmpty();
                if (body.isBlank() || !listsNames) {
                    continue;
                }
                List<EntityMention> mentions = recognizer.recognize(story.path("title").asString("") + "\n" + body);
                Set<String> surnames = new HashSet<>();
                Set<String> names = new HashSet<>();
                for (EntityMention mention : mentions) {
                    names.add(mention.canonicalName());
                    if (mention.kind() == EntityKind.PERSON) {
                        String[] words = mention.canonicalName().toLowerCase(Locale.ROOT).split(" ");
                        surnames.add(words[words.length - 1]);
                    }
                }
                for (JsonNode person : story.path("people")) {
                    String slug = person.asString();
                    people++;
                    peopleFound += surnames.contains(slug.substring(slug.lastIndexOf('-') + 1)) ? 1 : 0;
                }
                for (JsonNode org : story.path("orgs")) {
                    String name = ORGANISATIONS.get(org.asString());
                    if (name != null) {
                        organisations++;
                        organisationsFound += names.contains(name) ? 1 : 0;
                    }
                }
            }
        }
        double peopleRecall = peopleFound / (double) people;
        double organisationRecall = organisationsFound / (double) organisations;
        System.out.printf("Reuters-21578 names found: people %d/%d (recall %.3f), organisations %d/%d (recall %.3f)%n",
                peopleFound, people, peopleRecall, organisationsFound, organisations, organisationRecall);
        assertThat(peopleRecall).isGreaterThanOrEqualTo(PEOPLE_RECALL_FLOOR);
        assertThat(organisationRecall).isGreaterThanOrEqualTo(ORGANISATION_RECALL_FLOOR);
    }
}
