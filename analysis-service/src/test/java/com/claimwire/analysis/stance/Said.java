package com.claimwire.analysis.stance;

import com.claimwire.analysis.stance.ClaimTypeClassifier.Input;
import com.claimwire.contracts.ClaimType;

/**
 * A claim as the type classifier receives it, written in one line of a specification: who said it
 * ({@code Said.by("Ann Lee")}), with which cue (default "said") and around which text (default the claim alone),
 * quoted or reported.
 */
final class Said {

    private static final ClaimTypeClassifier CLASSIFIER = LexicalClaimTypeClassifier.withDefaults();

    private final String speaker;
    private final String cue;
    private final String context;

    private Said(String speaker, String cue, String context) {
        this.speaker = speaker;
        this.cue = cue;
        this.context = context;
    }

    static Said by(String speaker) {
        return new Said(speaker, "said", null);
    }

    Said cue(String cue) {
        return new Said(speaker, cue, context);
    }

    /** The paragraph around the claim, where the classifier looks for the parties a claim is about. */
    Said context(String context) {
        return new Said(speaker, cue, context);
    }

    ClaimType quoted(String content) {
        return type(content, true);
    }

    ClaimType reported(String content) {
        return type(content, false);
    }

    private ClaimType type(String content, boolean direct) {
        return CLASSIFIER.classify(new Input(cue, content, content, context == null ? content : context, direct, speaker))
                .type();
    }
}
