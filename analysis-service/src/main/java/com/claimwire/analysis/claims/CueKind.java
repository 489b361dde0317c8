package com.claimwire.analysis.claims;

/** How an attribution cue links a speaker to what is claimed (see {@code claims/cues.tsv}). */
enum CueKind {
    /** A verb of saying: "X said (that) C", "C, X said", "C, said X". */
    SPEECH,
    /**
     * A verb of belief, knowledge or expectation ("X believes/expects/fears that C", "X is convinced that C"):
     * an attitude, not an utterance, yet newsrooms track it as the holder's claim. Unlike a verb of saying it
     * reports forwards only a content clause (after "that", opening with a subject pronoun, "I think we can win",
     * or with an auxiliary among its first words, "they believe the plan will fail") or an infinitive ("hopes
     * to win"), so "she knows the city" is no claim.
     */
    BELIEF,
    /**
     * A verb of intention before an infinitive ("X plans/wants/intends to C"): a stated aim, which newsrooms track
     * as the holder's position. Reports forwards only, and only the infinitive: "she wants a recount" is none.
     */
    INTENTION,
    /**
     * A verb of public stance whose object is the claim ("X praised/defended/endorsed/dismissed Y's plan"): the
     * speaker's judgement of another party or proposal. Reports forwards only, the object phrase without the
     * occasion that follows it ("in a statement", "on Tuesday"); never a passive or an adjective ("endorsed by").
     */
    STANCE,
    /** A verb of telling with an addressee first: "X told reporters (that) C". */
    OBJECT,
    /** Attributes only an adjacent direct quote ("…?" she asked). */
    QUOTE,
    /** A claim noun whose content follows "that" or "of": "X's allegation that C". */
    NOUN,
    /** "according to X, C" and "C, according to X". */
    ACCORDING
}
