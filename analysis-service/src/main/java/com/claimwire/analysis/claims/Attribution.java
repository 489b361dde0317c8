package com.claimwire.analysis.claims;

/**
 * One claim as the extractor found it, before the speaker is resolved: offsets into the body, end
 * exclusive.
 *
 * @param start start of the claimed content (a quoted sentence with its quotation marks, as corpora annotate quotes)
 * @param end end of the claimed content
 * @param cueStart start of the cue ("said", "according to"), -1 when the claim has no cue of its own
 * @param cueEnd end of the cue, -1 when none
 * @param speakerStart start of the speaker mention ("he", "the Iranian foreign minister"), -1 when implied
 * @param speakerEnd end of the speaker mention, -1 when implied
 * @param direct {@code true} for a direct quote
 * @param sentenceStart start of the sentence (or quoted sentence) the claim is in
 * @param sentenceEnd end of that sentence
 */
public record Attribution(int start, int end, int cueStart, int cueEnd, int speakerStart, int speakerEnd, boolean direct,
        int sentenceStart, int sentenceEnd) {

    public boolean hasSpeakerMention() {
        return speakerStart >= 0;
    }

    public boolean hasCue() {
        return cueStart >= 0;
    }
}
