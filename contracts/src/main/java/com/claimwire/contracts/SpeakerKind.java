package com.claimwire.contracts;

/** What kind of source a speaker is. */
public enum SpeakerKind {
    /** A named person. */
    PERSON,
    /** A company, party, agency or other named organisation. */
    ORGANIZATION,
    /** A country or its government speaking as one ("Iran", "Washington"). */
    GOVERNMENT,
    /** An unnamed source ("a US official"), described by its role. */
    UNNAMED
}
