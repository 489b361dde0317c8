package com.claimwire.analysis.entities;

import com.claimwire.contracts.EntityKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds entities from a curated gazetteer ({@code entities/gazetteer.txt}) plus name patterns
 * ({@code entities/name-cues.txt}), in one pass over the words of a text:
 *
 * <ol>
 *   <li><b>Gazetteer.</b> The longest known name at each word wins: countries with their aliases, demonyms,
 *   capitals and metonyms ("Iranian", "Tehran" → Iran; "the Kremlin" → Russia; "Brussels" → European Union),
 *   organisations, regions and a few people. Contextual names ("Islamic Republic" → Iran, "Georgia",
 *   "Jordan") count only when the text also names the entity unambiguously. A known person's surname alone
 *   counts only when it is not part of a longer name ("Hunter Biden" is not Joe Biden).</li>
 *   <li><b>Organisation patterns.</b> A capitalised sequence ending in an organisation word ("... Corp.",
 *   "... Party", "... Ministry") or opening with one followed by "of" ("Ministry of Foreign Affairs").</li>
 *   <li><b>Person patterns.</b> A capitalised sequence of up to four words after a title or role ("Foreign
 *   Minister Hossein Amir-Abdollahian", "his counterpart Dmytro Kuleba", "Mr. Kuleba"), next to a speech verb
 *   ("told Hossein Amir-Abdollahian", "Jake Sullivan said"), or opening with a common given name.</li>
 *   <li><b>Coreference.</b> A surname alone ("Amir-Abdollahian underlined") is the person named in full
 *   elsewhere in the same text; the full name is its canonical name.</li>
 * </ol>
 *
 * Immutable and thread-safe; the defaults are loaded once.
 */
public final class GazetteerEntityRecognizer implements EntityRecognizer {

    static final String DEFAULT_GAZETTEER = "/entities/gazetteer.txt";
    static final String DEFAULT_NAME_CUES = "/entities/name-cues.txt";
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_ABBREVIATION = 4;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private static final class Defaults {
        static final GazetteerEntityRecognizer INSTANCE =
                new GazetteerEntityRecognizer(Gazetteer.load(DEFAULT_GAZETTEER), SectionedResource.load(DEFAULT_NAME_CUES));
    }

    /** A recognizer with the gazetteer and name patterns that ship with Claimwire, loaded once. */
    public static GazetteerEntityRecognizer withDefaults() {
        return Defaults.INSTANCE;
    }

    private final Gazetteer gazetteer;
    private final Set<String> titles;
    private final Set<String> titleModifiers;
    private final Set<String> honorifics;
    private final Set<String> speechVerbs;
    /** Suffixes that close a company's name after "and" ("Eli Lilly and Co"), unlike "and Council". */
    /** How many name words may stand between "and" and the suffix ("and Rubber Co"). */
    private static final int MAX_WORDS_AFTER_AND = 3;
    private static final Set<String> COMPANY_CLOSERS = Set.of("co", "cos", "company", "inc", "corp", "ltd", "plc", "llc", "partners");
    private final Set<String> orgSuffixes;
    private final Set<String> orgHeads;
    private final Set<String> particles;
    private final Set<String> stopwords;
    private final Set<String> firstNames;
    private final Set<String> collectives;

    GazetteerEntityRecognizer(Gazetteer gazetteer, Map<String, List<String>> cues) {
        this.gazetteer = gazetteer;
        this.titles = words(cues, "titles");
        this.titleModifiers = words(cues, "title-modifiers");
        this.honorifics = words(cues, "honorifics");
        this.speechVerbs = words(cues, "speech-verbs");
        this.orgSuffixes = words(cues, "org-suffixes");
        this.orgHeads = words(cues, "org-heads");
        this.particles = words(cues, "particles");
        this.stopwords = words(cues, "stopwords");
        this.firstNames = words(cues, "first-names");
        this.collectives = words(cues, "collectives");
    }

    private static Set<String> words(Map<String, List<String>> cues, String section) {
        List<String> entries = cues.get(section);
        if (entries == null) {
            throw new IllegalStateException("name cues have no section [" + section + "]");
        }
        return Set.copyOf(entries.stream().map(NameToken::fold).toList());
    }

    @Override
    public List<EntityMention> recognize(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<NameToken> tokens = NameToken.tokenize(text);
        boolean[] used = new boolean[tokens.size()];
        List<EntityMention> mentions = new ArrayList<>();
        List<Gazetteer.Match> contextual = new ArrayList<>();
        Set<Gazetteer.Known> namedPlainly = new HashSet<>();

        for (int i = 0; i < tokens.size(); ) {
            Gazetteer.Match match = gazetteerMatch(tokens, i);
            if (match == null) {
                List<EntityMention> parts = hyphenatedParts(text, tokens.get(i));
                parts.forEach(part -> namedPlainly.add(gazetteer.byName(part.canonicalName())));
                mentions.addAll(parts);
                used[i] = !parts.isEmpty();
                i++;
                continue;
            }
            if (match.variant().contextual()) {
                contextual.add(match);
            } else {
                namedPlainly.add(match.variant().entity());
                mentions.add(mention(text, tokens, match.from(), match.to(), match.variant().entity().name(),
                        match.variant().entity().kind()));
            }
            for (int t = match.from(); t < match.to(); t++) {
                used[t] = true;
            }
            i = match.to();
        }
        for (Gazetteer.Match match : contextual) {
            if (namedPlainly.contains(match.variant().entity())) {
                mentions.add(mention(text, tokens, match.from(), match.to(), match.variant().entity().name(),
                        match.variant().entity().kind()));
            } else {
                for (int t = match.from(); t < match.to(); t++) {
                    used[t] = false;
                }
            }
        }
        mentions.addAll(namesByPattern(text, tokens, used));
        List<EntityMention> resolved = resolveSurnames(text, tokens, used, mentions);
        resolved.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
        return List.copyOf(resolved);
    }

    /** The longest gazetteer name at {@code from}; a known person's name only when it is the whole name there. */
    private Gazetteer.Match gazetteerMatch(List<NameToken> tokens, int from) {
        for (Gazetteer.Match match : gazetteer.matchesAt(tokens, from)) {
            if (match.variant().entity().kind() != EntityKind.PERSON || standsAlone(tokens, match.from(), match.to())) {
                return match;
            }
        }
        return null;
    }

    /** Known names inside hyphenated compounds: "Russia-Ukraine war", "US-led", "anti-Iran". */
    private List<EntityMention> hyphenatedParts(String text, NameToken token) {
        if (token.text().indexOf('-') < 0) {
            return List.of();
        }
        List<EntityMention> parts = new ArrayList<>(2);
        int partStart = token.start();
        for (String part : token.text().split("-")) {
            NameToken word = new NameToken(part, partStart, partStart + part.length(), NameToken.fold(part), false, false);
            for (Gazetteer.Match match : gazetteer.matchesAt(List.of(word), 0)) {
                Gazetteer.Known entity = match.variant().entity();
                if (!match.variant().contextual() && entity.kind() != EntityKind.PERSON) {
                    parts.add(new EntityMention(part, word.start(), word.end(), entity.name(), entity.kind()));
                }
            }
            partStart += part.length() + 1;
        }
        return parts;
    }

    private boolean standsAlone(List<NameToken> tokens, int from, int to) {
        boolean extendedBefore = from > 0 && tokens.get(from).joined() && isNameWord(tokens.get(from - 1))
                && !isTitle(tokens.get(from - 1));
        boolean extendedAfter = to < tokens.size() && tokens.get(to).joined() && isNameWord(tokens.get(to));
        return !extendedBefore && !extendedAfter;
    }

    /** Organisations and people that the gazetteer does not know, from the words around capitalised runs. */
    private List<EntityMention> namesByPattern(String text, List<NameToken> tokens, boolean[] used) {
        List<EntityMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (used[i] || !isNameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !used[end] && tokens.get(end).joined()
                    && (isNameWord(tokens.get(end)) || particles.contains(tokens.get(end).key()) && end + 1 < tokens.size()
                    && tokens.get(end + 1).joined() && isNameWord(tokens.get(end + 1)) && !used[end + 1])) {
                end++;
            }
            // "Thyssen AG", "BP PLC": an organisation suffix in capitals closes the name it follows.
            if (end < tokens.size() && !used[end] && tokens.get(end).joined() && tokens.get(end).allCaps()
                    && tokens.get(end).text().length() <= MAX_ABBREVIATION && orgSuffixes.contains(tokens.get(end).key())) {
                end++;
            }
            end = companyAfterAnd(tokens, used, end);
            EntityMention name = classifyRun(text, tokens, i, end, used);
            if (name != null) {
                found.add(name);
                for (int t = i; t < end; t++) {
                    used[t] = true;
                }
            }
            i = end;
        }
        return found;
    }

    /**
     * "Eli Lilly and Co", "Goodyear Tire and Rubber Co": "and" and a few name words ending in a company suffix close the
     * company's name begun before "and", unless that part is a company of its own ("Chrysler Corp and ...").
     */
    private int companyAfterAnd(List<NameToken> tokens, boolean[] used, int end) {
        if (end + 1 >= tokens.size() || used[end] || !tokens.get(end).key().equals("and") || !tokens.get(end).joined()
                || orgSuffixes.contains(tokens.get(end - 1).key())) {
            return end;
        }
        int after = end + 1;
        while (after < tokens.size() && after - end <= MAX_WORDS_AFTER_AND && !used[after] && tokens.get(after).joined()
                && isNameWord(tokens.get(after))) {
            if (COMPANY_CLOSERS.contains(tokens.get(after).key())
                    && (after + 1 >= tokens.size() || !tokens.get(after + 1).joined() || !isNameWord(tokens.get(after + 1)))) {
                return after + 1;
            }
            after++;
        }
        return end;
    }

    private EntityMention classifyRun(String text, List<NameToken> tokens, int from, int to, boolean[] used) {
        String last = tokens.get(to - 1).key();
        boolean headedByOf = to - from >= 3 && orgHeads.contains(tokens.get(from).key()) && tokens.get(from + 1).key().equals("of");
        if (to - from >= 2 && orgSuffixes.contains(last) || headedByOf) {
            int start = from;
            while (start < to - 1 && (tokens.get(start).sentenceStart() || start > from) && stopwords.contains(tokens.get(start).key())) {
                start++;
            }
            // "Shares of Norvale Mining Corp.": a sentence's opening noun joined by "of" is not part of the name.
            if (start == from && to - from >= 4 && tokens.get(from).sentenceStart() && tokens.get(from + 1).key().equals("of")
                    && !orgHeads.contains(tokens.get(from).key())) {
                start = from + 2;
            }
            start = afterPersonOf(tokens, start, to);
            return mention(text, tokens, start, to, surface(text, tokens, start, to), EntityKind.ORGANIZATION);
        }
        NameToken before = from > 0 && adjacent(text, tokens.get(from - 1), tokens.get(from)) ? tokens.get(from - 1) : null;
        boolean titled = before != null && isTitle(before);
        boolean personTitleBefore = before != null && isPersonTitle(before);
        // The name follows the last title of the run: "Charlotte Mayor Jennifer Roberts" is Jennifer Roberts.
        int start = from;
        for (int t = from; t < to - 1; t++) {
            if (isPersonTitle(tokens.get(t))) {
                start = t + 1;
                titled = true;
                personTitleBefore = true;
            }
        }
        while (start < to && (isTitle(tokens.get(start)) || particles.contains(tokens.get(start).key()))) {
            titled |= isTitle(tokens.get(start));
            personTitleBefore = isPersonTitle(tokens.get(start));
            start++;
        }
        int end = to;
        while (end > start && particles.contains(tokens.get(end - 1).key())) {
            end--;
        }
        int words = end - start;
        if (words == 0 || words > MAX_NAME_WORDS || tokens.get(start).text().length() < 2
                || containsOrgParticle(tokens, start, end)) {
            return null;
        }
        boolean spoken = before != null && speechVerbs.contains(before.key())
                || to < tokens.size() && tokens.get(to).joined() && speechVerbs.contains(tokens.get(to).key());
        boolean givenName = firstNames.contains(tokens.get(start).key());
        boolean person = words == 1
                ? personTitleBefore && !orgSuffixes.contains(tokens.get(start).key()) && !orgHeads.contains(tokens.get(start).key())
                : titled || spoken || givenName;
        return person ? mention(text, tokens, start, end, surface(text, tokens, start, end), EntityKind.PERSON) : null;
    }

    /**
     * "Carole Berger of Cyrus J. Lawrence Inc", "Chartist Leslie Keefe of Technical Data Corp": two or three plain name
     * words before "of" are a person who works for the organisation after it, which starts there ("Bank of America
     * Corp", "Royal Bank of Scotland Plc" and "Hospital Corp of America" stay whole).
     */
    private int afterPersonOf(List<NameToken> tokens, int start, int to) {
        for (int of = start + 1; of < to - 2; of++) {
            if (tokens.get(of).key().equals("of")) {
                if (of - start < 2 || of - start > 3) {
                    return start;
                }
                for (int t = start; t < of; t++) {
                    NameToken word = tokens.get(t);
                    if (word.allCaps() || orgHeads.contains(word.key()) || orgSuffixes.contains(word.key())
                            || stopwords.contains(word.key()) || particles.contains(word.key())) {
                        return start;
                    }
                }
                return of + 1;
            }
        }
        return start;
    }

    /** Whether two words are next to each other in one phrase: blanks between, or a title's dot ("Mr. Sand", "Gen. Ali"). */
    private boolean adjacent(String text, NameToken previous, NameToken next) {
        return next.joined() || previous.text().length() <= MAX_ABBREVIATION && isPersonTitle(previous)
                && text.substring(previous.end(), next.start()).matches("\\.[ \\t]*\\n?[ \\t]*");
    }

    private boolean containsOrgParticle(List<NameToken> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String key = tokens.get(i).key();
            if (key.equals("of") || key.equals("the") || key.equals("and") || key.equals("for")) {
                return true;
            }
        }
        return false;
    }

    /** Gives a surname mentioned alone the full name it has elsewhere in the text. */
    private List<EntityMention> resolveSurnames(String text, List<NameToken> tokens, boolean[] used, List<EntityMention> mentions) {
        Map<String, String> fullNames = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (EntityMention mention : mentions) {
            List<NameToken> words = NameToken.tokenize(mention.canonicalName());
            if (mention.kind() == EntityKind.PERSON && words.size() >= 2) {
                String surname = words.get(words.size() - 1).key();
                String previous = fullNames.putIfAbsent(surname, mention.canonicalName());
                if (previous != null && !previous.equals(mention.canonicalName())) {
                    ambiguous.add(surname);
                }
            }
        }
        ambiguous.forEach(fullNames::remove);
        List<EntityMention> resolved = new ArrayList<>(mentions.size() + 4);
        for (EntityMention mention : mentions) {
            String fullName = mention.kind() == EntityKind.PERSON && !mention.surface().contains(" ")
                    ? fullNames.get(NameToken.fold(mention.surface())) : null;
            resolved.add(fullName == null ? mention
                    : new EntityMention(mention.surface(), mention.start(), mention.end(), fullName, EntityKind.PERSON));
        }
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            String fullName = fullNames.get(token.key());
            if (!used[i] && fullName != null && token.capitalised() && !token.allCaps()) {
                resolved.add(new EntityMention(token.text(), token.start(), token.end(), fullName, EntityKind.PERSON));
            }
        }
        return resolved;
    }

    @Override
    public Optional<EntityMention> canonicalize(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        List<EntityMention> mentions = recognize(phrase).stream().filter(m -> m.kind() != EntityKind.PERSON
                || gazetteer.byName(m.canonicalName()) != null).toList();
        if (mentions.size() != 1) {
            return Optional.empty();
        }
        EntityMention mention = mentions.get(0);
        String before = NameToken.fold(phrase.substring(0, mention.start())).strip();
        String after = NameToken.fold(phrase.substring(mention.end())).replaceAll("^'s\\b", "").strip();
        boolean onlyArticleBefore = before.isEmpty() || ARTICLES.contains(before);
        boolean onlyCollectiveAfter = after.isEmpty() || collectives.contains(after.replaceAll("\\s+", " "));
        return onlyArticleBefore && onlyCollectiveAfter ? Optional.of(mention) : Optional.empty();
    }

    @Override
    public Optional<String> countryOf(String canonicalPersonName) {
        Gazetteer.Known known = canonicalPersonName == null ? null : gazetteer.byName(canonicalPersonName);
        return known == null ? Optional.empty() : Optional.ofNullable(known.country());
    }

    private boolean isNameWord(NameToken token) {
        return token.capitalised() && !token.allCaps() && !stopwords.contains(token.key())
                && Character.isLetter(token.text().charAt(0));
    }

    /** A title, honorific or title modifier: words that open a capitalised run but are not part of a name. */
    private boolean isTitle(NameToken token) {
        return isPersonTitle(token) || titleModifiers.contains(token.key());
    }

    /** A title or honorific that a person's name follows directly ("President", "counterpart", "Mr"). */
    private boolean isPersonTitle(NameToken token) {
        String key = token.key();
        int hyphen = key.lastIndexOf('-');
        // "Vice-Premier", "ex-President": a title joined to a modifier by a hyphen.
        boolean hyphenated = hyphen > 0 && titleModifiers.contains(key.substring(0, hyphen)) && titles.contains(key.substring(hyphen + 1));
        return titles.contains(key) || hyphenated || honorifics.contains(key.replace(".", ""));
    }

    private static EntityMention mention(String text, List<NameToken> tokens, int from, int to, String canonical, EntityKind kind) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new EntityMention(text.substring(start, end), start, end, canonical, kind);
    }

    private static String surface(String text, List<NameToken> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).replaceAll("\\s+", " ");
    }
}
