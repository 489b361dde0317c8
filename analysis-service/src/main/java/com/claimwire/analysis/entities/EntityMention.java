package com.claimwire.analysis.entities;

import com.claimwire.contracts.EntityKind;

/**
 * A mention of a named entity in a text, with its canonical name ("Tehran" at 120-126 is "Iran").
 *
 * @param surface the text as written
 * @param start offset in the text
 * @param end end offset, exclusive
 * @param canonicalName the canonical name of the entity
 * @param kind person, organisation, country or location
 */
public record EntityMention(String surface, int start, int end, String canonicalName, EntityKind kind) {
}
