package com.claimwire.search.alerts;

import com.claimwire.contracts.Claim;
import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.List;

/** A small builder of tracked claims for alert tests. */
final class TrackedClaims {

    private String claimId = "claim-1";
    private String articleId = "article-1";
    private String title = "Minister on drones";
    private String text = "We provided Russia with a small number of drones";
    private ClaimType type = ClaimType.ADMISSION;
    private String speaker = "Hossein Amir-Abdollahian";
    private SpeakerKind kind = SpeakerKind.PERSON;
    private String role = "Iranian Foreign Minister";
    private List<String> entities = List.of("Iran", "Russia");
    private List<String> topics = List.of("weapons");
    private String source = "example-news";
    private String language = "en";
    private TrackingStatus status = TrackingStatus.REVERSAL;
    private String clusterId = "cluster-1";
    private Instant publishedAt = Instant.parse("2022-11-05T14:00:00Z");

    static TrackedClaims claim() {
        return new TrackedClaims();
    }

    TrackedClaims id(String value) { claimId = value; return this; }
    TrackedClaims article(String value) { articleId = value; return this; }
    TrackedClaims title(String value) { title = value; return this; }
    TrackedClaims text(String value) { text = value; return this; }
    TrackedClaims type(ClaimType value) { type = value; return this; }
    TrackedClaims speaker(String name, SpeakerKind speakerKind, String speakerRole) {
        speaker = name; kind = speakerKind; role = speakerRole; return this;
    }
    TrackedClaims entities(String... values) { entities = List.of(values); return this; }
    TrackedClaims topics(String... values) { topics = List.of(values); return this; }
    TrackedClaims source(String value) { source = value; return this; }
    TrackedClaims status(TrackingStatus value) { status = value; return this; }
    TrackedClaims cluster(String value) { clusterId = value; return this; }
    TrackedClaims publishedAt(Instant value) { publishedAt = value; return this; }

    ClaimTracked build() {
        Claim claim = new Claim(claimId, text, 0, text.length(), true, type, null,
                new Speaker(speaker, kind, role, null), entities, topics, 0.9, null);
        ClaimExtracted extracted = new ClaimExtracted(ClaimExtracted.SCHEMA_VERSION, articleId, 1,
                "https://example.org/" + articleId, title, source, language, publishedAt, publishedAt, null, claim);
        return new ClaimTracked(ClaimTracked.SCHEMA_VERSION, extracted, status, clusterId, publishedAt, source, 1, 1,
                List.of());
    }
}
