package com.claimwire.analysis.claims;

/** How an attribution cue links a speaker to what is claimed (see {@code claims/cues.tsv}). */
enum CueKind {
    /** A verb of saying: "X said (that) C", "C, X said", "C, said X". */
    SPEECH,
    /** A verb of telling with an addressee first: "X told reporters (that) C". */
    OBJECT,
    /** Attributes only an adjacent direct quote ("…?" she asked). */
    QUOTE,
    /** A claim noun whose content follows "that" or "of": "X's allegation that C". */
    NOUN,
    /** "according to X, C" and "C, according to X". */
    ACCORDING
}
