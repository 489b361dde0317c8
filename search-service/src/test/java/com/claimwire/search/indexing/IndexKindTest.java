package com.claimwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexKindTest {

    @Test
    void aliasesAndGenerationsAreNamedFromThePrefix() {
        assertThat(IndexKind.CLAIMS.alias("claimwire")).isEqualTo("claimwire-claims");
        assertThat(IndexKind.CLAIMS.versionedIndex("claimwire", 3)).isEqualTo("claimwire-claims-v3");
    }

    @Test
    void generationIsReadBackFromTheIndexName() {
        assertThat(IndexKind.ARTICLES.versionOf("cw", "cw-articles-v12")).isEqualTo(12);
        assertThat(IndexKind.ARTICLES.versionOf("cw", "cw-claims-v12")).isZero();
        assertThat(IndexKind.ARTICLES.versionOf("cw", "cw-articles-vx")).isZero();
    }

    @Test
    void everyKindHasAMappingResource() {
        for (IndexKind kind : IndexKind.values()) {
            assertThat(IndexKind.class.getClassLoader().getResource(kind.mappingResource())).as(kind.name()).isNotNull();
        }
    }

    @Test
    void theMappingsCarryTheirVersionSoAnOlderGenerationIsRecognised() {
        for (IndexKind kind : IndexKind.values()) {
            assertThat(kind.mappingVersion()).as(kind.name()).isGreaterThanOrEqualTo(2);
        }
    }
}
