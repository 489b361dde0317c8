package com.claimwire.search.tracking;

import com.claimwire.contracts.SpeakerKind;
import java.util.Arrays;
import java.util.List;

/**
 * Whether two claims come from the same actor: the same person (however fully named), the same government or
 * organisation, or a person speaking for the government or organisation their role names.
 */
final class Actors {

    /** Shortest common stem for a role word to name a country or body: "Iranian" names "Iran". */
    private static final int MIN_STEM = 4;

    private Actors() {
    }

    static boolean same(TrackedClaim a, TrackedClaim b) {
        if (a.speakerName() == null || b.speakerName() == null) {
            return false;
        }
        if (a.speakerKind() == SpeakerKind.UNNAMED || b.speakerKind() == SpeakerKind.UNNAMED) {
            // "a US official" twice may be two people; an unnamed source never reverses itself.
            return false;
        }
        boolean aCollective = isCollective(a.speakerKind());
        boolean bCollective = isCollective(b.speakerKind());
        if (aCollective && bCollective) {
            return tokens(a.speakerName()).equals(tokens(b.speakerName()));
        }
        if (aCollective) {
            return speaksFor(b.speakerRole(), a.speakerName());
        }
        if (bCollective) {
            return speaksFor(a.speakerRole(), b.speakerName());
        }
        return samePerson(tokens(a.speakerName()), tokens(b.speakerName()));
    }

    private static boolean isCollective(SpeakerKind kind) {
        return kind == SpeakerKind.GOVERNMENT || kind == SpeakerKind.ORGANIZATION;
    }

    /** "Amir-Abdollahian" is "Hossein Amir-Abdollahian": one name is the other's ending. */
    private static boolean samePerson(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** A role such as "Iranian Foreign Minister" speaks for "Iran"; "Foreign Minister" alone speaks for no one. */
    private static boolean speaksFor(String role, String collectiveName) {
        if (role == null) {
            return false;
        }
        List<String> name = tokens(collectiveName);
        List<String> roleWords = tokens(role);
        if (name.size() > 1) {
            return String.join(" ", roleWords).contains(String.join(" ", name));
        }
        if (name.isEmpty()) {
            return false;
        }
        String body = name.get(0);
        return roleWords.stream().anyMatch(word -> word.equals(body) || sharesStem(word, body));
    }

    private static boolean sharesStem(String word, String name) {
        int common = 0;
        while (common < word.length() && common < name.length() && word.charAt(common) == name.charAt(common)) {
            common++;
        }
        return common >= Math.max(MIN_STEM, name.length() - 1);
    }

    private static List<String> tokens(String name) {
        return Arrays.stream(ContentWords.fold(name).split("[^\\p{L}\\p{N}]+"))
                .filter(token -> !token.isEmpty())
                .toList();
    }
}
