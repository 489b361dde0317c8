package com.claimwire.analysis.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the extractor and the speaker resolver read, loaded once from {@code claims/*} resources.
 */
final class ClaimsLexicon {

    private static final ClaimsLexicon INSTANCE = new ClaimsLexicon();

    /** Cue phrases by their first word, each phrase as its words; a word may start several phrases. */
    private final Map<String, List<CuePhrase>> cuesByFirstWord = new HashMap<>();
    private final Set<String> singleWordCues = new HashSet<>();
    private final Set<String> nounCues = new HashSet<>();
    private final Set<String> titles;
    private final Set<String> sourceNouns;
    private final Set<String> personRoleNouns = new HashSet<>();
    private final Set<String> organisationRoleNouns = new HashSet<>();
    private final Set<String> organisationWords;
    private final Set<String> femaleNames;
    private final Set<String> maleNames;

    record CuePhrase(String[] words, CueKind kind) {
    }

    private ClaimsLexicon() {
        for (String line : lines("claims/cues.tsv")) {
            String[] parts = line.split("\t");
            String[] words = parts[0].trim().split(" ");
            CueKind kind = CueKind.valueOf(parts[1].trim().toUpperCase(Locale.ROOT));
            cuesByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new CuePhrase(words, kind));
            if (kind != CueKind.NOUN && words.length == 1) {
                singleWordCues.add(words[0]);
            } else if (kind == CueKind.NOUN && words.length == 1) {
                nounCues.add(words[0]);
            }
        }
        for (List<CuePhrase> phrases : cuesByFirstWord.values()) {
            phrases.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        }
        titles = Set.copyOf(lines("claims/titles.txt"));
        sourceNouns = Set.copyOf(lines("claims/source-nouns.txt"));
        for (String line : lines("claims/role-nouns.txt")) {
            if (line.endsWith(" org")) {
                organisationRoleNouns.add(line.substring(0, line.length() - 4).trim());
            } else {
                personRoleNouns.add(line);
            }
        }
        organisationWords = Set.copyOf(lines("claims/organisation-words.txt"));
        femaleNames = Set.copyOf(lines("claims/female-names.txt"));
        maleNames = Set.copyOf(lines("claims/male-names.txt"));
    }

    static ClaimsLexicon get() {
        return INSTANCE;
    }

    private static List<String> lines(String resource) {
        InputStream in = ClaimsLexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the classpath");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }

    List<CuePhrase> cuesStartingWith(String word) {
        return cuesByFirstWord.getOrDefault(word, List.of());
    }

    /** A one-word verb cue ("said", "adding"), for recovering quotes that lack their opening mark. */
    boolean isVerbCue(String word) {
        return singleWordCues.contains(word);
    }

    /** A claim noun ("claims", "view"), which may also be a verb of the same form. */
    boolean isNounCue(String word) {
        return nounCues.contains(word);
    }

    boolean isTitle(String word) {
        return titles.contains(word);
    }

    boolean isSourceNoun(String word) {
        return sourceNouns.contains(word);
    }

    boolean isPersonRoleNoun(String word) {
        return personRoleNouns.contains(word);
    }

    boolean isOrganisationRoleNoun(String word) {
        return organisationRoleNouns.contains(word);
    }

    boolean isOrganisationWord(String word) {
        return organisationWords.contains(word);
    }

    /** The gender a first name suggests, or {@code null} when the lists do not know it. */
    Gender genderOfFirstName(String word) {
        boolean female = femaleNames.contains(word);
        boolean male = maleNames.contains(word);
        return female == male ? null : female ? Gender.FEMALE : Gender.MALE;
    }

    enum Gender { MALE, FEMALE }
}
