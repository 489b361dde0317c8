package com.claimwire.contracts;

import java.util.List;

/** Every event on a Claimwire topic: JSON on the wire, with an explicit schema version. */
public interface Event {

    /** The schema version this event was written with. */
    int schemaVersion();

    /** The record key: events of one article share it, so they stay ordered within a partition. */
    String key();

    /** What is wrong with this event, one sentence per problem; empty when it is valid. */
    List<String> violations();
}
