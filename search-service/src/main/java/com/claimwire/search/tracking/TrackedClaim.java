package com.claimwire.search.tracking;

import com.claimwire.contracts.ClaimExtracted;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import java.time.Instant;
import java.util.List;

/**
 * What tracking needs to know about one claim, whether it is arriving now or was tracked before.
 *
 * @param claimId the claim
 * @param articleId the article the claim was found in
 * @param text the claimed content
 * @param type the claim's stance as extracted
 * @param cue the words attributing the claim ("said", "denied"), may be {@code null}
 * @param speakerName the resolved speaker name
 * @param speakerKind person, organisation, government or unnamed source, may be {@code null}
 * @param speakerRole the speaker's title when known ("Iranian Foreign Minister"), may be {@code null}
 * @param entities canonical names of the entities the claim is about
 * @param embedding unit sentence embedding, or {@code null} when the analysis ran without embeddings
 * @param publishedAt when the claim was published (the article's time, else when it was received)
 * @param source the outlet, may be {@code null}
 * @param duplicateOf the article this one is a syndicated copy of, else {@code null}
 */
public record TrackedClaim(
        String claimId,
        String articleId,
        String text,
        ClaimType type,
        String cue,
        String speakerName,
        SpeakerKind speakerKind,
        String speakerRole,
        List<String> entities,
        float[] embedding,
        Instant publishedAt,
        String source,
        String duplicateOf) {

    public TrackedClaim {
        entities = entities == null ? List.of() : List.copyOf(entities);
        text = text == null ? "" : text;
    }

    /** The tracking view of an extracted claim event. */
    public static TrackedClaim of(ClaimExtracted event) {
        var claim = event.claim();
        var speaker = claim.speaker();
        Instant published = event.publishedAt() != null ? event.publishedAt() : event.receivedAt();
        return new TrackedClaim(claim.id(), event.articleId(), claim.text(), claim.type(),
                claim.cue() == null ? null : claim.cue().text(),
                speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.kind(),
                speaker == null ? null : speaker.role(),
                claim.entities(), claim.embedding(), published, event.source(), event.duplicateOf());
    }

    Stance stance() {
        return Stance.of(type);
    }

    boolean hasEmbedding() {
        return embedding != null && embedding.length > 0;
    }
}
