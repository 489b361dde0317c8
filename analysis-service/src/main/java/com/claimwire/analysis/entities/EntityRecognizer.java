package com.claimwire.analysis.entities;

import java.util.List;
import java.util.Optional;

/** Finds named entities in text and gives their canonical names, from a curated gazetteer plus name patterns. */
public interface EntityRecognizer {

    /** Every entity mention in {@code text}, in text order, offsets into {@code text}. */
    List<EntityMention> recognize(String text);

    /**
     * The canonical entity a short phrase names, if the gazetteer knows it ("Tehran", "the Kremlin",
     * "Iranian" → Iran), for resolving speakers such as governments and organisations.
     */
    Optional<EntityMention> canonicalize(String phrase);

    /**
     * The country whose office a person the gazetteer knows holds ("Vladimir Putin" → Russia), by canonical name, so
     * that "the Russian leader" can be told from other presidents in a text.
     */
    Optional<String> countryOf(String canonicalPersonName);
}
