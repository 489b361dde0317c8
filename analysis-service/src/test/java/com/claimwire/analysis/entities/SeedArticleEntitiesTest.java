package com.claimwire.analysis.entities;

import com.claimwire.contracts.EntityKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed article's annotated people and countries are all recognised, with their canonical names. */
class SeedArticleEntitiesTest {

    @Test
    void recognisesTheAnnotatedPeopleAndCountriesOfTheSeedArticle() {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null, "claimwire.shared.dir is not set");
        Path file = Path.of(shared, "eval", "dev", "seed-article.json");
        assumeTrue(Files.isRegularFile(file), file + " is absent");
        JsonNode article = JsonMapper.builder().build().readTree(file);

        List<EntityMention> mentions = GazetteerEntityRecognizer.withDefaults().recognize(article.get("text").asString());
        mentions.forEach(m -> System.out.printf("%-8s %-26s <- %s%n", m.kind(), m.canonicalName(), m.surface()));

        assertThat(names(mentions, EntityKind.PERSON)).containsAll(gold(article, "PERSON"));
        assertThat(names(mentions, EntityKind.COUNTRY)).containsAll(gold(article, "COUNTRY"));
    }

    private static Set<String> names(List<EntityMention> mentions, EntityKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).map(EntityMention::canonicalName).collect(Collectors.toSet());
    }

    private static List<String> gold(JsonNode article, String kind) {
        return article.get("entities").get(kind).valueStream().map(JsonNode::asString).toList();
    }
}
