package com.claimwire.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void clusterWithTheEnglishAnalyzerGetsStemming() {
        assertThat(TextAnalysis.forCluster(true).builtIn()).isEqualTo("english");
    }

    @Test
    void clusterWithoutTheEnglishAnalyzerFallsBackToStandard() {
        assertThat(TextAnalysis.forCluster(false).builtIn()).isEqualTo("standard");
    }
}
