package com.claimwire.contracts;

/**
 * A named entity with its canonical name ("Tehran", "Iranian" and "Islamic Republic" are all "Iran").
 *
 * @param name canonical name
 * @param kind person, organisation, country or location
 * @param mentions how many times the article mentions it
 */
public record Entity(String name, EntityKind kind, int mentions) {
}
