package com.claimwire.search.alerts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Role phrases that stand for other role phrases. News text names a head of state by title ("President", "King",
 * "Emir"), never as "head of state", and a foreign minister as "Foreign Secretary" or "Minister of Foreign Affairs"
 * as often as "Foreign Minister"; a rule written with any of them should match the others.
 */
final class RoleVocabulary {

    private static final Map<String, List<String>> EQUIVALENTS = Map.of(
            "head of state", List.of("president", "king", "queen", "emir", "monarch", "sultan", "supreme leader",
                    "head of state"),
            "head of government", List.of("prime minister", "premier", "chancellor", "head of government"),
            "foreign minister", List.of("foreign minister", "minister of foreign affairs", "foreign affairs minister",
                    "foreign secretary", "secretary of state"),
            "defence minister", List.of("defence minister", "defense minister", "minister of defence",
                    "minister of defense", "defence secretary", "defense secretary", "secretary of defense"),
            "interior minister", List.of("interior minister", "minister of the interior", "minister of interior",
                    "home secretary", "home minister"));

    private static final Map<String, String> ALIASES = Map.of(
            "defense minister", "defence minister",
            "head of states", "head of state");

    private RoleVocabulary() {
    }

    /** The phrases a role condition matches: itself, plus what it stands for when it is a known group. */
    static Set<String> phrasesFor(String role) {
        String key = role.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        key = ALIASES.getOrDefault(key, key);
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(key);
        phrases.addAll(EQUIVALENTS.getOrDefault(key, List.of()));
        return phrases;
    }
}
