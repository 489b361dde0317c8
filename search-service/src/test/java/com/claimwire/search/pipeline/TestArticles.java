package com.claimwire.search.pipeline;

import com.claimwire.contracts.ArticleAnalyzed;
import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimIds;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Entity;
import com.claimwire.contracts.EntityKind;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TextSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds enriched articles whose claims are real spans of their body, as the analysis service publishes them. */
final class TestArticles {

    private final String id;
    private int version = 1;
    private String title = "Untitled";
    private String source = "Test Wire";
    private Instant publishedAt = Instant.parse("2022-11-05T10:00:00Z");
    private final StringBuilder body = new StringBuilder();
    private final List<Claim> claims = new ArrayList<>();
    private final Set<String> entities = new LinkedHashSet<>();
    private final List<String> topics = List.of("politics");

    private TestArticles(String id) {
        this.id = id;
    }

    static TestArticles article(String id) {
        return new TestArticles(id);
    }

    TestArticles version(int version) {
        this.version = version;
        return this;
    }

    TestArticles title(String title) {
        this.title = title;
        return this;
    }

    TestArticles source(String source) {
        this.source = source;
        return this;
    }

    TestArticles publishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
        return this;
    }

    /** Appends {@code "<quote>," said <speaker>.} to the body and records the quote as a direct claim. */
    TestArticles quote(String quote, String speaker, SpeakerKind kind, ClaimType type, List<String> about) {
        return quote(quote, speaker, kind, type, about, null);
    }

    TestArticles quote(String quote, String speaker, SpeakerKind kind, ClaimType type, List<String> about,
            float[] embedding) {
        body.append('"');
        int start = body.length();
        body.append(quote);
        int end = body.length();
        body.append(",\" ");
        int cueStart = body.length();
        body.append("said");
        TextSpan cue = TextSpan.of(body.toString(), cueStart, body.length());
        body.append(' ');
        int mentionStart = body.length();
        body.append(speaker);
        TextSpan mention = TextSpan.of(body.toString(), mentionStart, body.length());
        body.append(". ");
        claims.add(new Claim(ClaimIds.claimId(id, start, end), quote, start, end, true, type, cue,
                new Speaker(speaker, kind, null, mention), about, topics, 0.9, embedding));
        entities.addAll(about);
        return this;
    }

    ArticleAnalyzed build() {
        return new ArticleAnalyzed(ArticleAnalyzed.SCHEMA_VERSION, id, version, "https://news.example/" + id, title,
                body.toString(), publishedAt, source, "en", null, publishedAt.plusSeconds(60),
                entities.stream().map(name -> new Entity(name, EntityKind.COUNTRY, 1)).toList(), topics, claims,
                new ArticleAnalyzed.Analysis("test", 1, false, null));
    }

    List<ClaimExtracted> claimEvents() {
        return ClaimExtracted.of(build());
    }
}
