package com.claimwire.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.analysis.text.TextDocument;
import java.util.List;

/** The claims the extractor finds in a small hand-written body, as text: what is claimed, by which mention, with which cue. */
final class ExtractedClaims {

    record Found(String content, String speaker, String cue) {
    }

    private ExtractedClaims() {
    }

    static List<Found> extract(String body) {
        AttributionExtractor.Extraction extraction = new AttributionExtractor().extract(TextDocument.of(body), () -> false);
        assertThat(extraction.complete()).isTrue();
        return extraction.attributions().stream()
                .map(a -> new Found(body.substring(a.start(), a.end()),
                        a.hasSpeakerMention() ? body.substring(a.speakerStart(), a.speakerEnd()) : null,
                        a.hasCue() ? body.substring(a.cueStart(), a.cueEnd()) : null))
                .toList();
    }

    /** What each claim found in {@code body} claims, in order. */
    static List<String> contents(String body) {
        return extract(body).stream().map(Found::content).toList();
    }

    static Found only(String body) {
        List<Found> found = extract(body);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
