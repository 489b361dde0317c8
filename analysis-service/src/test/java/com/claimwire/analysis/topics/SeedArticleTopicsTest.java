package com.claimwire.analysis.topics;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed article is about drones and missiles in the war in Ukraine, and about talks between ministers. */
class SeedArticleTopicsTest {

    @Test
    void tagsTheSeedArticleWithWeaponsWarAndDiplomacy() {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null, "claimwire.shared.dir is not set");
        Path file = Path.of(shared, "eval", "dev", "seed-article.json");
        assumeTrue(Files.isRegularFile(file), file + " is absent");
        JsonNode article = JsonMapper.builder().build().readTree(file);

        List<String> topics = TaxonomyTopicTagger.withDefaults().tag(article.get("text").asString());
        System.out.println("Seed article topics: " + topics);

        assertThat(topics).contains("weapons", "war-conflict", "diplomacy");
    }
}
