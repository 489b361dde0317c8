package com.claimwire.analysis.stance;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token pattern that can only match when one of its trigger words occurs; scanning is skipped otherwise,
 * which keeps the classifier fast on the many claims that have none of a rule's words.
 */
record GuardedPattern(Pattern pattern, Set<String> triggers) {

    Matcher matcher(Words words) {
        return pattern.matcher(words.containsAny(triggers) ? words.text() : "");
    }

    boolean foundIn(Words words) {
        return matcher(words).find();
    }
}
