package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;

/** Decides a claim's stance from its cue and its content, not from the verb alone. */
public interface ClaimTypeClassifier {

    /**
     * What the classifier reads about one claim.
     *
     * @param cue the attribution cue as written ("said", "rejected claims that", "according to"), may be empty
     * @param content the claimed content (the claim span)
     * @param sentence the whole sentence (or quoted sentence) the claim is in
     * @param context the paragraph around the claim, for stance carried over from earlier sentences
     * @param direct {@code true} for a direct quote
     * @param speakerName the resolved speaker, may be {@code null}
     */
    record Input(String cue, String content, String sentence, String context, boolean direct, String speakerName) {
    }

    /** The claim's type and how sure the classifier is. */
    record Decision(ClaimType type, double confidence) {
    }

    Decision classify(Input input);
}
