package com.claimwire.search.search;

/** How results are ordered. Ties are broken by document id, so that pagination is stable. */
public enum ResultOrder {
    /** Best match first, then newest. */
    RELEVANCE,
    /** Most recently published first. */
    NEWEST
}
