package com.claimwire.analysis.stance;

import com.claimwire.analysis.entities.SectionedResource;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the stance classifier, read from a sectioned text resource ({@code stance/lexicon.txt}).
 * Verb entries are expanded to their inflected forms so that rules match "denied", "denies" and "denying".
 */
final class StanceLexicon {

    private final Map<String, List<String>> sections;

    private StanceLexicon(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static StanceLexicon load(String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        SectionedResource.load(resource).forEach((name, entries) ->
                sections.put(name, entries.stream().map(entry -> entry.toLowerCase(Locale.ROOT)).toList()));
        return new StanceLexicon(sections);
    }

    /** The entries of a section exactly as written. */
    List<String> literal(String section) {
        List<String> entries = sections.get(section);
        if (entries == null) {
            throw new IllegalStateException("stance lexicon has no section [" + section + "]");
        }
        return entries.stream().map(entry -> forms(entry).get(0)).toList();
    }

    /** The entries of a section with every inflected form of their first word. */
    Set<String> inflected(String section) {
        List<String> entries = sections.get(section);
        if (entries == null) {
            throw new IllegalStateException("stance lexicon has no section [" + section + "]");
        }
        Set<String> forms = new LinkedHashSet<>();
        entries.forEach(entry -> forms.addAll(forms(entry)));
        return forms;
    }

    /**
     * "admit/admitted" → admit, admits, admitted, admitting; "push back" → push back, pushes back, ...;
     * "take/took/taken responsibility" → take responsibility, takes responsibility, took responsibility, ...
     */
    static List<String> forms(String entry) {
        int space = entry.indexOf(' ');
        String tail = space < 0 ? "" : entry.substring(space);
        String[] parts = (space < 0 ? entry : entry.substring(0, space)).split("/");
        String head = parts[0];
        String past = parts.length > 1 ? parts[1] : regularPast(head);
        Set<String> heads = new LinkedHashSet<>(List.of(head, thirdPerson(head), past, presentParticiple(head, past)));
        if (parts.length > 2) {
            heads.add(parts[2]);
        }
        return heads.stream().map(form -> form + tail).toList();
    }

    private static String regularPast(String verb) {
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        if (endsWithConsonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }

    private static String thirdPerson(String verb) {
        if (endsWithConsonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x") || verb.endsWith("z")
                || verb.endsWith("o")) {
            return verb + "es";
        }
        return verb + "s";
    }

    private static String presentParticiple(String verb, String past) {
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("ee")) {
            return verb + "ing";
        }
        if (verb.endsWith("e")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        boolean doubled = past.length() == verb.length() + 3 && past.startsWith(verb) && past.endsWith("ed")
                && past.charAt(verb.length()) == verb.charAt(verb.length() - 1);
        return doubled ? past.substring(0, past.length() - 2) + "ing" : verb + "ing";
    }

    private static boolean endsWithConsonantY(String word) {
        return word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0;
    }
}
