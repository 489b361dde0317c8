package com.claimwire.analysis.claims;

import com.claimwire.analysis.text.TextDocument;
import com.claimwire.analysis.text.Tokens;
import java.util.Set;

/**
 * Finds the noun phrases that name speakers, from capitalisation and closed word classes rather than a
 * parser: the subject before a cue ("the Iranian foreign minister went on to say"), the speaker after an
 * inverted cue ("…, said Matt Latimer, another speechwriter") and the subject at the start of a clause
 * ("A spokesman for Mayor Frank G. Jackson of Cleveland defended … and said"). Token ranges are
 * {@code [first, end)}; {@code null} when there is no such phrase.
 */
final class Phrases {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");

    /** Words between a subject and its cue ("has also repeatedly said"). */
    private static final Set<String> VERB_COMPANIONS = Set.of(
            "has", "have", "had", "is", "was", "were", "are", "be", "been", "also", "repeatedly", "again", "once",
            "later", "then", "previously", "publicly", "recently", "reportedly", "never", "not", "often", "first",
            "further", "earlier", "already", "even", "just", "flatly", "strongly", "privately", "separately",
            "simply", "still", "long", "would", "will", "could", "may", "might", "can", "did", "does", "do",
            "quickly", "immediately", "openly", "bluntly", "frequently", "falsely", "correctly", "wrongly",
            "initially", "specifically", "explicitly", "angrily", "firmly", "clearly", "subsequently", "since",
            "consistently", "vehemently", "categorically", "emphatically", "indeed", "personally", "herself",
            "himself", "themselves", "itself", "now", "yet", "only", "should", "must", "shall", "didn't",
            "hasn't", "haven't", "wouldn't", "can't", "cannot", "won't", "doesn't", "don't", "being",
            "apparently", "allegedly", "actually", "in", "turn", "however", "meanwhile", "too", "likewise",
            "similarly", "ultimately", "finally", "eventually", "famously", "memorably", "tearfully", "proudly",
            "succinctly", "triumphantly", "sharply", "forcefully", "confidently", "curtly", "ominously");

    static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "another", "one", "two", "three", "four", "five", "some", "several", "many", "most",
            "other", "few", "his", "her", "their", "its", "our", "my", "your", "both", "all", "these", "those",
            "this", "that", "any", "each", "no", "more", "numerous", "multiple");

    /** Words that are prepositions before a noun and conjunctions before a clause ("after Trump said …"). */
    private static final Set<String> CONJUNCTION_PREPOSITIONS = Set.of("after", "before", "since", "until");

    static final Set<String> PREPOSITIONS = Set.of(
            "on", "in", "at", "with", "from", "by", "during", "after", "before", "for", "to", "of", "about",
            "against", "under", "over", "than", "like", "into", "through", "between", "among", "toward",
            "towards", "upon", "within", "without", "across", "behind", "beyond", "since", "until", "via", "per",
            "amid", "despite", "around", "near", "as");

    /** Whether a capitalised word at the start of a run only begins the sentence ("But", "The", "In"). */
    static boolean isCapitalisedNonName(String word) {
        return CAPITALISED_NON_NAMES.contains(word) || DETERMINERS.contains(word) || CALENDAR_WORDS.contains(word);
    }

    /** Whether the word names a day, a month or "today" rather than anyone who could speak. */
    static boolean isCalendarWord(String word) {
        return CALENDAR_WORDS.contains(word);
    }

    /** Capitalised words that begin sentences without being part of a name. */
    private static final Set<String> CAPITALISED_NON_NAMES = Set.of(
            "but", "and", "or", "so", "yet", "then", "now", "still", "however", "meanwhile", "also", "in", "on",
            "at", "after", "before", "when", "while", "if", "as", "since", "because", "although", "though",
            "last", "this", "that", "these", "those", "both", "either", "neither", "many", "some", "most", "other",
            "such", "earlier", "later", "today", "yesterday", "tonight", "here", "there", "instead", "finally",
            "indeed", "even", "thus", "overall", "for", "with", "without", "by", "from", "to", "of", "a", "an",
            "it", "what", "who", "why", "how", "where", "which", "asked", "speaking", "according", "not", "no",
            "yes", "well", "oh", "mostly", "ultimately", "again", "perhaps", "maybe", "sometimes", "once",
            "nor", "only", "all", "every", "each", "during", "under", "over", "following", "despite", "amid");

    /** Capitalised words that name a time, not a speaker ("on Friday"). */
    private static final Set<String> CALENDAR_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "today", "yesterday", "tonight");

    private static final Set<String> NAME_CONNECTORS = Set.of("of", "de", "del", "da", "van", "von", "bin", "al", "la",
            "le", "du", "&", "and", "for");

    private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "so", "yet", "still", "meanwhile", "then");

    private static final Set<String> NAME_PARTICLES = Set.of("bin", "ibn", "van", "von", "de", "da", "di", "du", "del", "der",
            "la", "le", "al");

    private static final int MAX_PHRASE = 12;

    private static final Set<String> SHARE_NOUNS = Set.of("half", "majority", "majorities", "plurality", "minority",
            "third", "thirds", "two-thirds", "one-third", "quarter", "three-quarters", "most", "several", "many", "some",
            "others", "few", "both", "one", "two", "three", "four", "five");

    /** Prepositions of an occasion between a speaker and the cue ("in a Medium post", "during a visit"). */
    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "on", "during", "via", "through");
    /** Words after which a clause's subject follows ("while Jeb Bush in a Medium post said"). */
    private static final Set<String> CLAUSE_STARTERS = Set.of("but", "while", "whereas", "although", "though",
            "when", "after", "because", "since", "as");
    private static final Set<String> SOURCE_PLACERS = Set.of("close", "closest", "familiar", "loyal", "allied", "near",
            "friendly", "opposed", "sympathetic", "briefed");

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    private static final Set<String> APPROXIMATORS = Set.of("about", "nearly", "almost", "roughly", "only", "just",
            "over", "around", "some", "fully");

    private final Tokens tokens;
    private final ClaimsLexicon lexicon;

    Phrases(TextDocument doc, ClaimsLexicon lexicon) {
        this.tokens = doc.tokens();
        this.lexicon = lexicon;
    }

    /** Lower-case parts of names: "al-Sabah", "bin", "van", "de". */
    static boolean isNameParticle(String word) {
        return word.startsWith("al-") || word.startsWith("el-") || NAME_PARTICLES.contains(word);
    }

    /** "But", "And", "So" before the clause proper. */
    static boolean isOpeningConjunction(String word) {
        return OPENING_CONJUNCTIONS.contains(word);
    }

    /** Words that measure a share of a group: "85", "percent", "half", "about", "most", "one". */
    static boolean isQuantityWord(String word) {
        return SHARE_NOUNS.contains(word) || APPROXIMATORS.contains(word) || NUMBER_WORDS.contains(word)
                || DETERMINERS.contains(word) || word.equals("percent") || word.equals("%")
                || !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** Quantifiers that stand alone as a subject ("Several said", "Most believe"). */
    static boolean isStandaloneQuantifier(String word) {
        return SHARE_NOUNS.contains(word) && DETERMINERS.contains(word);
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word);
    }

    boolean isVerbCompanion(int t) {
        return tokens.isWord(t) && VERB_COMPANIONS.contains(tokens.lower(t));
    }

    /**
     * The subject of a cue starting at token {@code cue}, looking back no further than {@code floor}.
     * Falls back to the subject at the start of the clause when the words right before the cue are not
     * one (a coordinated verb, a prepositional phrase).
     */
    int[] subjectBefore(int cue, int floor) {
        int i = cue - 1;
        while (i >= floor && isVerbCompanion(i)) {
            i--;
        }
        if (i < floor) {
            return null;
        }
        int[] phrase = phraseEndingAt(i, floor, true);
        if (phrase != null) {
            return phrase;
        }
        int[] afterConjunction = subjectAfterConjunction(i, floor);
        if (afterConjunction != null) {
            return afterConjunction;
        }
        if (tokens.is(i, ',')) {
            int[] opening = phraseStartingAt(floor, i);
            if (opening != null && opening[1] < i && tokens.is(opening[1], ',')) {
                return opening;
            }
        }
        if (tokens.isWord(i, "and") || tokens.isWord(i, "but") || !tokens.isWord(i) && !tokens.is(i, ',')) {
            return clauseSubject(floor, cue);
        }
        int[] beforeOccasion = speakerBeforeOccasion(i, floor);
        if (beforeOccasion != null) {
            return beforeOccasion;
        }
        if (tokens.isWord(i) && !PREPOSITIONS.contains(tokens.lower(i)) && !isPronoun(tokens.lower(i))) {
            return clauseSubject(floor, cue);
        }
        return null;
    }

    /**
     * "After Hewitt suggested that …", "since the senator said …": before a verb, a phrase after a word that is a
     * preposition or a conjunction is the subject of a clause that word opens, not a preposition's object.
     */
    private int[] subjectAfterConjunction(int last, int floor) {
        if (!tokens.isWord(last)) {
            return null;
        }
        int[] phrase = tokens.isCapitalized(last) ? capitalisedEndingAt(last, floor) : commonEndingAt(last, floor);
        if (phrase == null || phrase[0] - 1 < floor || !tokens.isWord(phrase[0] - 1)
                || !CONJUNCTION_PREPOSITIONS.contains(tokens.lower(phrase[0] - 1))) {
            return null;
        }
        return phrase;
    }

    /**
     * The subject of an absolute participle ("with US National Security Advisor Jake Sullivan alleging that"):
     * a name right before the cue, even after a preposition.
     */
    int[] participleSubject(int cue, int floor) {
        int last = cue - 1;
        if (last < floor || !tokens.isWord(last)) {
            return null;
        }
        if (tokens.isCapitalized(last)) {
            int[] name = capitalisedEndingAt(last, floor);
            if (name != null && name[0] - 1 >= floor && tokens.isWord(name[0] - 1, "with")) {
                return name;
            }
        }
        return null;
    }

    /** A phrase that names a speaker and ends at token {@code last}. */
    int[] phraseEndingAt(int last, int floor, boolean allowApposition) {
        if (last < floor) {
            return null;
        }
        String word = tokens.lower(last);
        if (tokens.isWord(last) && isPronoun(word)) {
            return new int[] {last, last + 1};
        }
        if (tokens.isWord(last) && (word.equals("who") || word.equals("which")) && last - 1 >= floor && tokens.is(last - 1, ',')) {
            if (!allowApposition || last - 2 < floor) {
                return null;
            }
            int[] antecedent = phraseEndingAt(last - 2, floor, false);
            if (antecedent == null && tokens.isCapitalized(last - 2)) {
                antecedent = capitalisedEndingAt(last - 2, floor);
            }
            return antecedent;
        }
        if (tokens.is(last, ',') && allowApposition) {
            for (int k = last - 1; k >= floor && k >= last - 20; k--) {
                if (tokens.is(k, ',')) {
                    int[] head = phraseEndingAt(k - 1, floor, false);
                    // "One of the authors of the report, Ari Fleischer, said": a head too long to read as a
                    // phrase is named by its apposition, when the head opens the clause (not "…, Houston, Texas,").
                    return head != null || !tokens.isCapitalized(last - 1) || commaBetween(floor, k) ? head
                            : nameBetween(k + 1, last);
                }
                if (tokens.is(k, '.') && !isAbbreviationDot(k) || tokens.is(k, '"') || tokens.is(k, '“') || tokens.is(k, '”')) {
                    return null;
                }
            }
            return null;
        }
        if (tokens.is(last, ')')) {
            for (int k = last - 1; k >= floor && k >= last - 8; k--) {
                if (tokens.is(k, '(')) {
                    return phraseEndingAt(k - 1, floor, allowApposition);
                }
            }
            return null;
        }
        int[] quantity = quantityEndingAt(last, floor);
        if (quantity != null) {
            return quantity;
        }
        if (!tokens.isWord(last)) {
            return null;
        }
        int[] phrase = tokens.isCapitalized(last) ? capitalisedEndingAt(last, floor) : commonEndingAt(last, floor);
        if (phrase == null) {
            return null;
        }
        int before = phrase[0] - 1;
        // "general manager of the bank's international division": "of" stands before the possessive's article.
        if (before - 1 >= floor && tokens.isWord(before, "the") && tokens.lower(phrase[0]).endsWith("'s") && tokens.isWord(before - 1, "of")) {
            before--;
        }
        if (before >= floor && tokens.isWord(before) && PREPOSITIONS.contains(tokens.lower(before))) {
            String preposition = tokens.lower(before);
            if (preposition.equals("as") && (before == floor || tokens.is(before - 1, ',')
                    || OPENING_CONJUNCTIONS.contains(tokens.lower(before - 1)))) {
                return phrase;
            }
            if (preposition.equals("for") || preposition.equals("of") || preposition.equals("at") || preposition.equals("from")) {
                int[] owner = phraseEndingAt(before - 1, floor, false);
                if (owner != null && (headIsSpeakerNoun(owner[1] - 1) || owner[1] - owner[0] == 1 && owner[0] == floor
                        && tokens.lower(owner[0]).endsWith("s"))) {
                    return new int[] {owner[0], phrase[1]};
                }
                int[] share = preposition.equals("of") ? quantityEndingAt(before - 1, floor) : null;
                if (share != null) {
                    return new int[] {share[0], phrase[1]};
                }
            }
            int[] sources = sourcesCloseTo(before, floor);
            if (sources != null) {
                return new int[] {sources[0], phrase[1]};
            }
            return null;
        }
        return phrase;
    }

    /**
     * A share of a group that polls and reports quote as speakers: "half", "most", "26 percent", "six in 10",
     * "all but two", "a majority", with "about", "nearly" and the like before it.
     */
    private int[] quantityEndingAt(int last, int floor) {
        if (last < floor || !tokens.isWord(last) && !tokens.is(last, '%')) {
            return null;
        }
        String word = tokens.lower(last);
        int first;
        if (SHARE_NOUNS.contains(word)) {
            first = last;
            if (last - 1 >= floor && tokens.isWord(last - 1) && (tokens.lower(last - 1).equals("a") || tokens.lower(last - 1).equals("the"))) {
                first = last - 1;
            }
        } else if ((word.equals("percent") || word.equals("%")) && last - 1 >= floor && isNumber(last - 1)) {
            first = last - 1;

        } else if (isNumber(last) && last - 2 >= floor && tokens.isWord(last - 1)
                && (tokens.lower(last - 1).equals("in") && isNumber(last - 2) || tokens.lower(last - 1).equals("but")
                && tokens.lower(last - 2).equals("all"))) {
            first = last - 2;
        } else {
            return null;
        }
        while (first - 1 >= floor && tokens.isWord(first - 1) && APPROXIMATORS.contains(tokens.lower(first - 1))) {
            first--;
        }
        return new int[] {first, last + 1};
    }

    private boolean isNumber(int t) {
        if (!tokens.isWord(t)) {
            return false;
        }
        String w = tokens.lower(t);
        return NUMBER_WORDS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** "people close to", "sources familiar with", "officials in": unnamed sources placed by what they are near. */
    private int[] sourcesCloseTo(int preposition, int floor) {
        String word = tokens.lower(preposition);
        if (!(word.equals("to") || word.equals("with") || word.equals("in"))) {
            return null;
        }
        int last = preposition - 1;
        if (last >= floor && tokens.isWord(last) && SOURCE_PLACERS.contains(tokens.lower(last))) {
            last--;
        }
        if (last < floor || !tokens.isWord(last) || !lexicon.isSourceNoun(tokens.lower(last))) {
            return null;
        }
        return commonEndingAt(last, floor);
    }

    /** A dot that ends a title or an initial ("Sen.", "C.") rather than a sentence. */
    boolean isAbbreviationDot(int dot) {
        // "R-Ky., said": no sentence ends in ".,", so the dot closes an abbreviation.
        return dot > 0 && tokens.isWord(dot - 1) && (lexicon.isTitle(tokens.lower(dot - 1))
                || tokens.end(dot - 1) - tokens.start(dot - 1) == 1 && tokens.isCapitalized(dot - 1)
                || dot + 1 < tokens.size() && tokens.is(dot + 1, ','));
    }

    private boolean headIsSpeakerNoun(int t) {
        String w = tokens.lower(t);
        return lexicon.isSourceNoun(w) || lexicon.isPersonRoleNoun(w) || lexicon.isOrganisationRoleNoun(w);
    }

    private int[] capitalisedEndingAt(int last, int floor) {
        if (CALENDAR_WORDS.contains(tokens.lower(last))) {
            return null;
        }
        int first = last;
        while (first - 1 >= floor && last - first < MAX_PHRASE) {
            int prev = first - 1;
            if (tokens.isWord(prev) && tokens.isCapitalized(prev)) {
                first = prev;
            } else if (tokens.is(prev, '.') && isAbbreviationDot(prev)) {
                first = prev;
            } else if (tokens.isWord(prev) && tokens.lower(prev).startsWith("al-") && prev - 1 >= floor && tokens.isCapitalized(prev - 1)) {
                first = prev;
            } else if (tokens.isWord(prev) && NAME_CONNECTORS.contains(tokens.lower(prev)) && prev - 1 >= floor
                    && tokens.isCapitalized(prev - 1) && !tokens.lower(prev).equals("for")) {
                first = prev;
            } else if (tokens.isWord(prev) && tokens.lower(prev).equals("the") && !tokens.isCapitalized(prev)) {
                first = prev;
                break;
            } else {
                break;
            }
        }
        while (first <= last && tokens.isWord(first) && tokens.isCapitalized(first)
                && CAPITALISED_NON_NAMES.contains(tokens.lower(first))) {
            first++;
        }
        while (first <= last && (tokens.is(first, '.') || tokens.isWord(first) && NAME_CONNECTORS.contains(tokens.lower(first)))) {
            first++;
        }
        if (first > last) {
            return null;
        }
        if (first < last + 1 && tokens.lower(last).endsWith("'s")) {
            return null;
        }
        return new int[] {first, last + 1};
    }

    private int[] commonEndingAt(int last, int floor) {
        String head = tokens.lower(last);
        if (VERB_COMPANIONS.contains(head) || DETERMINERS.contains(head) || PREPOSITIONS.contains(head)
                || head.equals("and") || head.equals("or") || head.equals("but")) {
            return null;
        }
        boolean speakerNoun = headIsSpeakerNoun(last);
        int first = last;
        boolean determined = false;
        while (first - 1 >= floor && last - first < 6) {
            int prev = first - 1;
            if (!tokens.isWord(prev)) {
                if (tokens.is(prev, '.') && isAbbreviationDot(prev) || tokens.is(prev, '-')) {
                    first = prev;
                    continue;
                }
                break;
            }
            String w = tokens.lower(prev);
            if (DETERMINERS.contains(w)) {
                first = prev;
                determined = true;
                break;
            }
            if (w.endsWith("'s") || w.endsWith("s'")) {
                first = prev;
                int[] owner = tokens.isCapitalized(prev) && prev - 1 >= floor ? capitalisedEndingAt(prev - 1, floor) : null;
                if (owner != null) {
                    first = owner[0];
                }
                determined = true;
                break;
            }
            if (PREPOSITIONS.contains(w) || VERB_COMPANIONS.contains(w) || isPronoun(w) || w.equals("and")
                    || w.equals("or") || w.equals("but") || w.equals("that") || w.equals("who")
                    || lexicon.isVerbCue(w)) {
                break;
            }
            first = prev;
        }
        boolean barePlural = first == last && head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")
                && (last == floor || !tokens.isWord(last - 1) || tokens.isWord(last - 1, "and") || tokens.isWord(last - 1, "but")
                || tokens.isWord(last - 1, "of"));
        if (!determined && !speakerNoun && !barePlural) {
            return null;
        }
        // "Earlier this year, monetary sources said": a source's lower-case modifiers stay when the clause opens with them.
        boolean qualifiedSource = lexicon.isSourceNoun(head) && last - first <= 2 && !tokens.lower(first).startsWith("wh")
                && (first == floor || tokens.is(first - 1, ',') || tokens.isWord(first - 1, "but"));
        if (!determined && first < last && !tokens.isCapitalized(first) && !qualifiedSource) {
            first = last;
        }
        return new int[] {first, last + 1};
    }

    /**
     * The subject at the start of the clause that ends before {@code limit}: the sentence's first noun
     * phrase after any opening conjunction or introductory phrase set off by a comma.
     */
    int[] clauseSubject(int floor, int limit) {
        int i = floor;
        while (i < limit && !tokens.isWord(i)) {
            i++;
        }
        while (i < limit && tokens.isWord(i) && OPENING_CONJUNCTIONS.contains(tokens.lower(i))) {
            i++;
        }
        if (i < limit && tokens.isWord(i) && startsIntroduction(i)) {
            int comma = nextComma(i, limit);
            if (comma < 0) {
                return null;
            }
            i = comma + 1;
            int[] previous = null;
            for (int hops = 0; hops < 3; hops++) {
                int[] phrase = phraseStartingAt(i, limit);
                if (phrase == null) {
                    return previous;
                }
                if (phrase[1] >= limit || !tokens.is(phrase[1], ',')) {
                    return phrase;
                }
                previous = phrase;
                i = phrase[1] + 1;
            }
            return previous;
        }
        return phraseStartingAt(i, limit);
    }

    /** "In Washington, …", "After the vote, …", "Facing criticism, …", "Speaking in Salem, …". */
    private boolean startsIntroduction(int t) {
        String w = tokens.lower(t);
        if (w.equals("both")) {
            return false;
        }
        return PREPOSITIONS.contains(w) || CAPITALISED_NON_NAMES.contains(w) || w.endsWith("ing") && w.length() > 4
                || w.equals("whenever") || w.equals("asked");
    }

    private int nextComma(int from, int limit) {
        for (int k = from; k < limit && k < from + 25; k++) {
            if (tokens.is(k, ',')) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Both parents attacked Mr. Trump": a verb in "-ed" after the noun that follows the determiner is the clause's
     * verb, not part of its subject ("the embattled senator", "the newly elected mayor" stay phrases).
     */
    private boolean finiteVerbAfterNoun(int first, int t, boolean determined) {
        if (!tokens.isWord(t) || tokens.isCapitalized(t) || !tokens.lower(t).endsWith("ed") || t < first + (determined ? 2 : 1)) {
            return false;
        }
        return tokens.isWord(t - 1) && !tokens.lower(t - 1).endsWith("ly");
    }

    private boolean commaBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.is(k, ',')) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised name that fills tokens {@code [first, end)} exactly, or {@code null}. */
    private int[] nameBetween(int first, int end) {
        int[] name = capitalisedEndingAt(end - 1, first);
        return name != null && name[0] == first ? name : null;
    }

    /** A speaker phrase starting at token {@code first}, ending before {@code limit}. */
    int[] phraseStartingAt(int first, int limit) {
        if (first >= limit || !tokens.isWord(first)) {
            return null;
        }
        String word = tokens.lower(first);
        if (isPronoun(word)) {
            return new int[] {first, first + 1};
        }
        int i = first;
        boolean determined = false;
        if (DETERMINERS.contains(word) || word.endsWith("'s") && tokens.isCapitalized(first)) {
            determined = true;
            i++;
        }
        int end = -1;
        int nounEnd = -1;
        while (i < limit && i - first < MAX_PHRASE) {
            if (tokens.isWord(i) && tokens.isCapitalized(i) && !CAPITALISED_NON_NAMES.contains(tokens.lower(i))) {
                i++;
                end = i;
            } else if (tokens.is(i, '.') && isAbbreviationDot(i)) {
                i++;
            } else if (tokens.isWord(i) && end > 0 && i + 1 < limit && NAME_CONNECTORS.contains(tokens.lower(i))
                    && tokens.isCapitalized(i + 1)) {
                i++;
            } else if (tokens.isWord(i, "of") && end == i && i + 2 < limit && tokens.isWord(i + 1, "the")
                    && tokens.isCapitalized(i + 2) && !tokens.isCapitalized(i + 1) && organisationWordAround(first, i + 2, limit)) {
                // "Fruit of the Loom Inc", "Bank of the Philippine Islands": the name goes on past "of the".
                i += 2;
            } else if (tokens.isWord(i) && end == i && tokens.lower(i).startsWith("al-")) {
                i++;
                end = i;
            } else if (finiteVerbAfterNoun(first, i, determined)) {
                end = determined ? i : end;
                break;
            } else if (tokens.isWord(i) && !tokens.isCapitalized(i) && (determined || end > 0 && headIsSpeakerNoun(i))
                    && !VERB_COMPANIONS.contains(tokens.lower(i)) && !PREPOSITIONS.contains(tokens.lower(i))
                    && !lexicon.isVerbCue(tokens.lower(i)) && !tokens.lower(i).equals("and")
                    && !tokens.lower(i).equals("who") && !tokens.lower(i).equals("that")) {
                if (headIsSpeakerNoun(i)) {
                    nounEnd = i + 1;
                }
                i++;
                end = Math.max(end, nounEnd);
                if (nounEnd < 0 && i - first > 6) {
                    break;
                }
            } else {
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        if (end < limit && tokens.isWord(end) && (tokens.lower(end).equals("for") || tokens.lower(end).equals("of"))
                && end + 1 < limit && !tokens.isCapitalized(end - 1)) {
            int[] owner = phraseStartingAt(end + 1, limit);
            if (owner != null && owner[1] - owner[0] <= 8) {
                end = owner[1];
            }
        }
        return new int[] {first, end};
    }

    /**
     * "while Jeb Bush in a Medium post said": the speaker opens its clause before an occasion that ends at token
     * {@code last}; null when no name or speaker noun opens the clause there.
     */
    private int[] speakerBeforeOccasion(int last, int floor) {
        int[] occasion = tokens.isWord(last) && !tokens.isCapitalized(last) ? commonEndingAt(last, floor) : null;
        if (occasion == null || occasion[0] - 2 < floor || !DETERMINERS.contains(tokens.lower(occasion[0]))
                || !tokens.isWord(occasion[0] - 1) || !OCCASION_PREPOSITIONS.contains(tokens.lower(occasion[0] - 1))) {
            return null;
        }
        int[] speaker = phraseEndingAt(occasion[0] - 2, floor, false);
        if (speaker == null) {
            return null;
        }
        String head = tokens.lower(speaker[1] - 1);
        // "Many in the crowd said": a share of a group is named with its group, not before an occasion
        if (SHARE_NOUNS.contains(head)) {
            return null;
        }
        boolean speaks = tokens.isCapitalized(speaker[1] - 1) || headIsSpeakerNoun(speaker[1] - 1)
                || head.endsWith("s") && lexicon.isPersonRoleNoun(head.substring(0, head.length() - 1));
        boolean opensClause = speaker[0] == floor || tokens.is(speaker[0] - 1, ',')
                || tokens.isWord(speaker[0] - 1) && CLAUSE_STARTERS.contains(tokens.lower(speaker[0] - 1));
        return speaks && opensClause ? speaker : null;
    }

    /** Whether the capitalised words around "of the" name an organisation ("Fruit of the Loom Inc", "Bank of the ..."). */
    private boolean organisationWordAround(int first, int from, int limit) {
        for (int t = first; t < limit && t < from + MAX_PHRASE && (t < from || tokens.isWord(t) && tokens.isCapitalized(t)); t++) {
            if (tokens.isWord(t) && lexicon.isOrganisationWord(tokens.lower(t))) {
                return true;
            }
        }
        return false;
    }

    /** The speaker named right after an inverted cue ("…, said Matt Latimer, another speechwriter"). */
    int[] speakerAfter(int first, int limit) {
        if (first < limit && tokens.isWord(first) && isPronoun(tokens.lower(first))) {
            return new int[] {first, first + 1};
        }
        int end = phraseEndAfter(first, limit);
        if (end == first) {
            return null;
        }
        String head = tokens.lower(first);
        boolean determinedSpeaker = DETERMINERS.contains(head) && (headIsSpeakerNoun(end - 1) || tokens.isCapitalized(end - 1));
        if (!(tokens.isCapitalized(first) || isPronoun(head) || determinedSpeaker || headIsSpeakerNoun(end - 1)
                || end - first >= 2 && tokens.isCapitalized(end - 1))) {
            return null;
        }
        return new int[] {first, end};
    }

    /**
     * The speaker after a cue that follows a direct quote ("“…,” wrote one commenter."): there any phrase opened
     * by a determiner that closes the clause names who spoke, whatever its head noun.
     */
    int[] describedSpeakerAfter(int first, int limit) {
        int[] speaker = speakerAfter(first, limit);
        if (speaker == null) {
            speaker = describedNameAfter(first, limit);
        }
        if (speaker != null || first >= limit || !tokens.isWord(first) || !DETERMINERS.contains(tokens.lower(first))) {
            return speaker;
        }
        int end = phraseEndAfter(first, limit);
        boolean closesClause = end >= limit || tokens.is(end, ',') || tokens.is(end, '.') || tokens.is(end, ';');
        // "said one trader this week": a time after the description is not part of it
        for (int k = first + 1; k < end; k++) {
            if (DETERMINERS.contains(tokens.lower(k)) || CALENDAR_WORDS.contains(tokens.lower(k))) {
                end = k;
                break;
            }
        }
        return end - first >= 2 && closesClause ? new int[] {first, end} : null;
    }

    /** Where the noun phrase starting at {@code first} ends: before a preposition, "who", a verb or punctuation. */
    /**
     * "said master of ceremonies John Smith", "said campaign spokesman Jason Miller": a description without a
     * determiner, then the name that closes the clause.
     */
    private int[] describedNameAfter(int first, int limit) {
        int t = first;
        while (t < limit && t - first < 4 && tokens.isWord(t) && !tokens.isCapitalized(t)) {
            String w = tokens.lower(t);
            if (PREPOSITIONS.contains(w) && !(w.equals("of") && t > first) || DETERMINERS.contains(w) || isPronoun(w)
                    || CALENDAR_WORDS.contains(w) || lexicon.isVerbCue(w) || VERB_COMPANIONS.contains(w)) {
                return null;
            }
            t++;
        }
        if (t == first || t >= limit || !tokens.isCapitalized(t) || CALENDAR_WORDS.contains(tokens.lower(t))) {
            return null;
        }
        int end = t;
        while (end < limit && (tokens.isWord(end) && tokens.isCapitalized(end) || tokens.is(end, '.') && isAbbreviationDot(end))) {
            if (CALENDAR_WORDS.contains(tokens.lower(end))) {
                return null;
            }
            end++;
        }
        boolean closesClause = end >= limit || tokens.is(end, ',') || tokens.is(end, '.') || tokens.is(end, ';');
        return closesClause ? new int[] {first, end} : null;
    }

    private int phraseEndAfter(int first, int limit) {
        int end = first;
        while (end < limit && end - first < MAX_PHRASE) {
            if (tokens.isWord(end)) {
                String w = tokens.lower(end);
                boolean connector = (w.equals("of") || w.equals("for") || w.equals("and")) && end > first
                        && end + 1 < limit && (tokens.isCapitalized(end + 1) || DETERMINERS.contains(tokens.lower(end + 1)));
                boolean namePart = end > first && tokens.isCapitalized(end) && tokens.isCapitalized(end - 1);
                if (!connector && (PREPOSITIONS.contains(w) && !namePart || w.equals("who") || w.equals("that") || w.equals("and")
                        || VERB_COMPANIONS.contains(w) && end > first || lexicon.isVerbCue(w))) {
                    break;
                }
                end++;
            } else if (tokens.is(end, '.') && isAbbreviationDot(end) || tokens.is(end, '-')) {
                end++;
            } else {
                break;
            }
        }
        while (end > first && (!tokens.isWord(end - 1) || NAME_CONNECTORS.contains(tokens.lower(end - 1)))) {
            end--;
        }
        return end;
    }
}
