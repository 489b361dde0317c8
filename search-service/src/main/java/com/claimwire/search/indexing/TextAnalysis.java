package com.claimwire.search.indexing;

/**
 * Which analyzer text fields get. Full Elasticsearch has the stemming {@code english} analyzer; the minimal
 * distribution does not, and there text is analysed with {@code standard} rather than failing to start.
 * Mappings refer to the analyzer by the name {@link #ANALYZER_NAME}, defined in the index settings.
 */
public enum TextAnalysis {
    ENGLISH("english"),
    STANDARD("standard");

    /** The analyzer name the mappings use. */
    public static final String ANALYZER_NAME = "claimwire_text";

    private final String builtIn;

    TextAnalysis(String builtIn) {
        this.builtIn = builtIn;
    }

    /** The analysis to use on a cluster that does or does not know the {@code english} analyzer. */
    public static TextAnalysis forCluster(boolean englishAnalyzerAvailable) {
        return englishAnalyzerAvailable ? ENGLISH : STANDARD;
    }

    /** The built-in analyzer type {@link #ANALYZER_NAME} stands for. */
    public String builtIn() {
        return builtIn;
    }
}
