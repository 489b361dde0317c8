package com.claimwire.analysis.claims;

import com.claimwire.analysis.engine.ClaimsEngine;
import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.ArticleReceived;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.Speaker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the engine on a short paragraph written for a specification and finds the speaker of one of its claims. */
final class SpeakerSpecification {

    private static final ClaimsEngine ENGINE = ClaimsEngine.withDefaults();

    private final List<Claim> claims;

    private SpeakerSpecification(List<Claim> claims) {
        this.claims = claims;
    }

    static SpeakerSpecification of(String body) {
        ArticleReceived article = new ArticleReceived(ArticleReceived.SCHEMA_VERSION, "spec", 1, "https://example.org/spec",
                null, "Title", body, null, null, "en", List.of(), null, null, Instant.parse("2024-01-01T00:00:00Z"));
        ArticleAnalyzed analyzed = ENGINE.analyze(article, Duration.ofSeconds(10));
        assertThat(analyzed.analysis().partial()).isFalse();
        return new SpeakerSpecification(analyzed.claims());
    }

    Speaker speakerOf(String claimText) {
        return claims.stream().filter(claim -> claim.text().contains(claimText)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with '" + claimText + "' in "
                        + claims.stream().map(Claim::text).toList()))
                .speaker();
    }

    String nameOf(String claimText) {
        return speakerOf(claimText).name();
    }
}
