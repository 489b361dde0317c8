package com.claimwire.contracts;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with an event, in the wording every event uses ("id is missing"). */
final class Violations {

    private final List<String> problems = new ArrayList<>();

    Violations text(String field, String value) {
        return when(value == null || value.isBlank(), field + " is missing");
    }

    Violations present(String field, Object value) {
        return when(value == null, field + " is missing");
    }

    Violations positive(String field, long value) {
        return when(value < 1, field + " must be at least 1");
    }

    /** The nested event's own violations, prefixed with its field name; "missing" when it is absent. */
    Violations nested(String field, Event value) {
        if (value == null) {
            return present(field, null);
        }
        value.violations().forEach(problem -> problems.add(field + "." + problem));
        return this;
    }

    Violations when(boolean violated, String problem) {
        if (violated) {
            problems.add(problem);
        }
        return this;
    }

    List<String> list() {
        return problems;
    }
}
