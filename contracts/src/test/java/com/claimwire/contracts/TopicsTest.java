package com.claimwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void topicNamesAreUnique() {
        assertThat(Topics.all()).extracting(Topic::name).doesNotHaveDuplicates();
    }

    @Test
    void aNamespacePrefixesTheTopicAndItsDeadLetter() {
        assertThat(Topics.CLAIMS.qualifiedName("test42")).isEqualTo("test42.claimwire.claims");
        assertThat(Topics.CLAIMS.deadLetterName("test42")).isEqualTo("test42.claimwire.claims.dlt");
    }

    @Test
    void noNamespaceMeansTheBaseName() {
        assertThat(Topics.RAW_ARTICLES.qualifiedName("")).isEqualTo("claimwire.articles.raw");
        assertThat(Topics.RAW_ARTICLES.qualifiedName(null)).isEqualTo("claimwire.articles.raw");
    }

    @Test
    void theSchemaResourceIsNamedAfterTheEventAndItsVersion() {
        assertThat(Topics.CLAIMS.schemaResource()).isEqualTo("schemas/claim-extracted.v1.schema.json");
    }
}
