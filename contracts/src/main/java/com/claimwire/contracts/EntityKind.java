package com.claimwire.contracts;

/** The kind of a named entity. */
public enum EntityKind {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    LOCATION
}
