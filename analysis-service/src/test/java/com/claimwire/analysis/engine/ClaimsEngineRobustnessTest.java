package com.claimwire.analysis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No input breaks the engine: every case returns a valid enriched article, never an exception. */
class ClaimsEngineRobustnessTest {

    private static ClaimsEngine engine;

    @BeforeAll
    static void engine() {
        engine = ClaimsEngine.withDefaults();
    }

    private static ArticleReceived article(String body) {
        return new ArticleReceived(ArticleReceived.SCHEMA_VERSION, "robust-1", 1, "https://example.org/a", null, "Title",
                body, null, null, "en", List.of(), null, null, Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static ArticleAnalyzed analyze(String body) {
        ArticleAnalyzed analyzed = engine.analyze(article(body), Duration.ofSeconds(20));
        assertThat(analyzed.violations()).isEmpty();
        for (Claim claim : analyzed.claims()) {
            assertThat(claim.start()).isBetween(0, claim.end());
            assertThat(claim.end()).isLessThanOrEqualTo(analyzed.body().length());
            assertThat(analyzed.body().substring(claim.start(), claim.end())).isEqualTo(claim.text());
        }
        return analyzed;
    }

    @Test
    void emptyBodyHasNoClaims() {
        ArticleAnalyzed analyzed = analyze("");
        assertThat(analyzed.claims()).isEmpty();
        assertThat(analyzed.analysis().partial()).isFalse();
    }

    @Test
    void whitespaceBodyHasNoClaims() {
        assertThat(analyze(" \n\n\t  \r\n ").claims()).isEmpty();
    }

    @Test
    void missingBodyIsTreatedAsEmpty() {
        ArticleAnalyzed analyzed = engine.analyze(article(null), Duration.ofSeconds(1));
        assertThat(analyzed.claims()).isEmpty();
        assertThat(analyzed.body()).isEmpty();
    }

    @Test
    void fiveMegabyteBodyIsAnalysedWithinItsBudget() {
        String paragraph = "\"We will not raise taxes,\" the minister said on Monday. Officials said the plan was dead. "
                + "According to a US official, several hundred drones were sent.\n\n";
        String body = paragraph.repeat(5_000_000 / paragraph.length() + 1);
        ArticleAnalyzed analyzed = engine.analyze(article(body), Duration.ofSeconds(60));
        assertThat(analyzed.body()).hasSizeGreaterThan(5_000_000);
        assertThat(analyzed.claims()).hasSizeGreaterThan(1000);
    }

    @Test
    void bodyWithoutPunctuationIsCutIntoBoundedSentences() {
        String body = "the senator said the plan would fail and officials say nothing works ".repeat(10_000);
        ArticleAnalyzed analyzed = analyze(body);
        assertThat(analyzed.claims()).allSatisfy(claim -> assertThat(claim.end() - claim.start()).isLessThan(2000));
    }

    @Test
    void unbalancedAndMixedQuotesStillYieldTheAttributedQuote() {
        String body = "\u201cThe deal is dead,\" he said. \u00abNobody wanted it alive, she replied.\n\n"
                + "\"Unclosed quote that goes on and on\n\n\u201d stray closing mark and \u201c another opening.";
        ArticleAnalyzed analyzed = analyze(body);
        assertThat(analyzed.claims()).extracting(Claim::text).contains("\u201cThe deal is dead,\"");
    }

    @Test
    void htmlRemnantsDoNotBecomeClaimText() {
        String body = "<p>The mayor <b>said</b> the bridge will reopen in May.</p><script>var x = \"a\";</script>"
                + "&nbsp;<div class=\"x\">\"We are ready,\" she added.</div>";
        ArticleAnalyzed analyzed = analyze(body);
        assertThat(analyzed.claims()).extracting(Claim::text).anyMatch(text -> text.contains("the bridge will reopen in May"));
        assertThat(analyzed.claims()).extracting(Claim::text).contains("\"We are ready,\"");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreHarmless() {
        String body = "The minister\u0000 said\u0007 the talks\u001b failed.\uD800 \"We tried hard,\" he\u000b added.\uDFFF";
        ArticleAnalyzed analyzed = analyze(body);
        assertThat(analyzed.claims()).isNotEmpty();
    }

    @Test
    void exhaustedBudgetMarksTheResultPartialWithAReason() {
        String body = "\"We will win,\" the candidate said. Aides said the campaign is on track.\n\n".repeat(20_000);
        ArticleAnalyzed analyzed = engine.analyze(article(body), Duration.ZERO);
        assertThat(analyzed.analysis().partial()).isTrue();
        assertThat(analyzed.analysis().reason()).contains("time budget");
        assertThat(analyzed.violations()).isEmpty();
    }

    @Test
    void pathologicalRepetitionsDoNotBacktrack() {
        String body = ("\"" + "a, ".repeat(5_000) + "\n").repeat(20) + "said said said , , , \u201c\u201c\u201d\u201d".repeat(10_000);
        assertThat(analyze(body).analysis().partial()).isFalse();
    }
}
