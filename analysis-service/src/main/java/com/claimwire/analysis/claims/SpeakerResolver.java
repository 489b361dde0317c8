package com.claimwire.analysis.claims;

import com.claimwire.analysis.entities.EntityMention;
import com.claimwire.analysis.entities.EntityRecognizer;
import com.claimwire.analysis.text.TextDocument;
import com.claimwire.analysis.text.Tokens;
import com.claimwire.contracts.EntityKind;
import com.claimwire.contracts.Speaker;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves speaker mentions to canonical speakers. Names in the text are collected first, with the titles
 * in front of them as roles ("Iranian Foreign Minister Hossein Amir-Abdollahian", "his Ukrainian
 * counterpart Dmytro Kuleba"). Then, in text order: a surname becomes the full name; "he" and "she" become
 * the most recent speaker of matching gender (else the most recent person named); a description such as
 * "the Iranian foreign minister" becomes the person whose role it matches best; countries, cities standing
 * for governments and organisations are canonicalised by the entity recogniser ("Tehran" is Iran); unnamed
 * sources ("a US official") keep their description as name and role.
 */
public final class SpeakerResolver {

    /** The speaker of a claim whose text names no holder ("is expected to", an unattributed question). */
    private static final Speaker UNKNOWN_SPEAKER = new Speaker("unknown", SpeakerKind.UNNAMED, null, null);

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "messrs");

    /** Role words that make a different office: "the president" is not the vice president. */
    private static final List<String> LESSER_ROLE_WORDS = List.of("vice", "deputy", "assistant", "former", "under", "acting");
    /** Words that open a sentence before its subject without being part of it ("But he said ..."). */
    private static final Set<String> SENTENCE_OPENERS = Set.of("and", "but", "so", "then", "yet", "still", "later", "now",
            "meanwhile", "instead", "also", "however", "earlier", "again");
    /** Words right after a name that show it is the subject of its clause ("Cruz said", "Obama has"). */
    private static final Set<String> SUBJECT_VERBS = Set.of("is", "was", "has", "had", "will", "would", "could", "can",
            "did", "does", "should", "might", "may", "must", "also", "then", "later", "who", "himself", "herself");

    /** How far back (in tokens) "the company" or "the ministry" looks for the organisation it stands for. */
    private static final int ANTECEDENT_TOKENS = 1500;
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "corporation", "group", "carrier",
            "airline", "bank", "insurer", "retailer", "manufacturer", "automaker", "lender", "maker", "giant", "distributor",
            "supplier", "utility", "refiner", "brokerage", "conglomerate");
    /** Possessive and object pronouns by the subject pronoun whose referent they share ("according to him"). */
    private static final Map<String, String> SUBJECT_FORMS = Map.ofEntries(Map.entry("his", "he"), Map.entry("him", "he"),
            Map.entry("her", "she"), Map.entry("their", "they"), Map.entry("them", "they"), Map.entry("its", "it"),
            Map.entry("my", "i"), Map.entry("me", "i"), Map.entry("our", "we"), Map.entry("us", "we"));
    /** Kinds of work whose title is capitalised like a name ("the Off Message podcast"). */
    private static final Set<String> WORK_NOUNS = Set.of("podcast", "show", "program", "programme", "series", "film",
            "movie", "book", "memoir", "column", "newsletter", "blog", "website", "documentary", "album", "song", "novel");
    private static final Set<String> PAIR_WORDS = Set.of("both", "two");
    /** Head nouns that stand for whichever organisation the text just named ("the group", "the network"). */
    private static final Set<String> GENERIC_ORGANISATION_NOUNS = Set.of("group", "organization", "organisation", "network",
            "newspaper", "paper", "magazine", "outlet", "publication", "nonprofit", "charity", "coalition", "company", "firm",
            "institute", "association", "federation", "bureau");
    private static final java.util.regex.Pattern COMPANY_SUFFIX = java.util.regex.Pattern.compile(
            "(?i)\\b(inc|corp|corporation|co|cos|company|ltd|llc|plc|ag|sa|nv|gmbh|group|holdings|bank|bancorp|airlines?)\\.?$");

    /** Endings of words for a people or its country's things ("North American", "Japanese", "British"). */
    private static final java.util.regex.Pattern DEMONYM_ENDING = java.util.regex.Pattern.compile("(?i)(an|ese|ish|ic)$");
    /** Prefixes that make a hyphenated title of a title ("Vice-Premier", "ex-President", "co-Chairman"). */
    private static final Set<String> TITLE_PREFIXES = Set.of("vice", "ex", "deputy", "co", "acting", "under", "former");

    private static final Set<String> GENERATIONAL = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Last words of capitalised phrases that name places, days and events, not people ("Broad Street", "Election Day"). */
    private static final Set<String> NOT_A_SURNAME = Set.of("street", "avenue", "road", "boulevard", "square", "park", "day",
            "week", "night", "county", "city", "center", "centre", "island", "islands", "river", "lake", "bridge", "airport",
            "station", "church", "school", "college", "university", "hospital", "district", "valley", "beach", "mountain",
            "mountains", "tower", "plaza", "amendment", "act", "bill", "law", "war", "program", "programme", "award", "prize",
            "cup", "league", "summit", "debate", "primary", "caucus", "caucuses", "convention", "conference", "month", "year",
            "coast", "bay", "sea", "ocean", "hill", "hills", "heights", "gate", "palace", "building", "hotel", "club", "arena",
            "stadium", "festival", "show", "report", "poll", "survey", "index", "fund", "plan", "deal", "accord", "treaty");

    /** More capitalised words than a person's name has: a headline or a title in title case. */
    private static final int MAX_NAME_WORDS = 4;

    /** How many narrative sentences back "they" looks for the group it stands for. */
    private static final int PLURAL_WINDOW = 3;
    /** What an object ("blocked funding for clinics") weighs against a subject as the antecedent of "they". */
    private static final double OBJECT_SHARE = 0.4;
    private static final double PREPOSITION_OBJECT_SHARE = 0.25;
    /** Below this (an object two sentences back), no group is salient enough for "they" to stand for it. */
    private static final double MIN_GROUP_SCORE = 0.15;
    /** An organisation named in passing is "they" less often than a plural group; a claim's collective speaker more. */
    private static final double ORGANISATION_GROUP_WEIGHT = 0.6;
    private static final double SPEAKER_GROUP_WEIGHT = 1.2;
    /** What a speaking organisation or government weighs for "they" against a group of people that spoke as recently. */
    private static final double SINGLE_BODY_SHARE = 0.8;
    /** Plural nouns for groups that speak, besides the plural source nouns ("officials", "aides") of the lexicon. */
    private static final Set<String> GROUP_NOUNS = Set.of("republicans", "democrats", "conservatives", "liberals",
            "progressives", "moderates", "independents", "evangelicals", "legislators", "senators", "congressmen",
            "leaders", "authorities", "police", "officers", "agents", "negotiators", "protesters", "demonstrators",
            "organizers", "organisers", "allies", "opponents", "rivals", "candidates", "delegates", "donors", "parents",
            "students", "teachers", "scholars", "academics", "pollsters", "journalists", "reporters", "editors",
            "newspapers", "authors", "ministers", "judges", "justices", "regulators", "employees",
            "unions", "campaigns", "governments", "companies", "firms", "banks", "groups", "countries", "nations",
            "partisans", "clinicians", "physicians", "nurses", "farmers", "owners", "managers", "rebels", "militants",
            "troops", "soldiers", "commanders", "generals", "families", "relatives", "friends", "neighbors",
            "neighbours", "citizens", "americans", "skeptics", "sceptics", "proponents", "advocates", "backers",
            "defenders", "detractors", "people");
    /** Organisations that belong to a person and go by that person's name ("his campaign" is the "Trump campaign"). */
    private static final Set<String> OWNED_ORGANISATIONS = Set.of("campaign", "team", "administration", "office",
            "foundation", "company");
    /** Documents that "it said" may stand for ("the memo ... it stated"). */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("report", "memo", "letter", "email", "statement", "study",
            "document", "complaint", "lawsuit", "filing", "indictment", "ruling", "release", "post", "ad", "advertisement",
            "editorial", "analysis", "review", "audit", "survey", "poll");
    /** Spans of time that open a sentence before its subject ("Hours later, Trump ..."). */
    private static final Set<String> TIME_SPANS = Set.of("seconds", "minutes", "moments", "hours", "days", "weeks",
            "months", "years", "decades");
    private static final Set<String> TIME_AFTER_SPAN = Set.of("later", "earlier", "before", "after", "ago");
    /** Endings of adverbs that open a sentence ("Previously", "Separately"), never of names ("Kelly", "Connolly"). */
    private static final java.util.regex.Pattern SENTENCE_ADVERB_ENDING = java.util.regex.Pattern.compile(
            "(ously|ally|ently|antly|ately|edly|ively|ingly|ably|ibly)$");
    /** Heads of organisations' names that "for" continues ("Center for American Progress"). */
    private static final Set<String> ORGANISATION_FOR_NOUNS = Set.of("center", "centre", "council", "committee",
            "foundation", "alliance", "fund", "project", "campaign");
    /** Verbs that follow a plural subject ("consumers were proposing"). */
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have", "do");
    /** Outweighs any recency: a bare surname goes to a namesake already quoted before one only mentioned. */
    private static final double SPOKEN_NAMESAKE_BONUS = 1000;
    /** Documents through which whoever ran them speaks ("a Military Times survey found"). */
    private static final Set<String> POLL_NOUNS = Set.of("poll", "survey", "study");
    /** Documents whose issuer speaks through them ("Rainbow said in a statement ... The statement said"). */
    private static final Set<String> ISSUED_DOCUMENTS = Set.of("statement", "report");
    /** Papers that speak for whoever wrote or filed them, beyond {@link #DOCUMENT_NOUNS} ("the communique said"). */
    private static final Set<String> ISSUED_PAPERS = Set.of("communique", "affidavit", "measure", "proposal", "declaration",
            "resolution", "motion", "petition", "memorandum", "circular", "directive", "testimony", "brief", "notice");
    /** Verbs by which a subject issues a paper ("Jones filed an affidavit", "Smith introduced a measure"). */
    private static final Set<String> ISSUING_VERBS = Set.of("filed", "issued", "sent", "wrote", "introduced", "released",
            "submitted", "published", "signed", "sponsored", "drafted", "proposed", "circulated", "delivered", "written", "prepared");
    /** Institutions that a text names in full first, then by the noun their name ends in ("the exchange"). */
    private static final Set<String> INSTITUTION_NOUNS = Set.of("exchange", "bourse", "journal", "magazine", "university",
            "hospital", "institute", "mint", "foundation", "museum", "college", "fund");
    /** Nouns that stand for a name ending in another ("the New England Journal of Medicine ... the magazine"). */
    private static final Map<String, Set<String>> INSTITUTION_SYNONYMS = Map.of("magazine", Set.of("magazine", "journal"),
            "journal", Set.of("journal", "magazine"));
    /** Public bodies that a text names by their full name first, then as "the agency" or "the bureau". */
    private static final Set<String> AGENCY_NOUNS = Set.of("agency", "bureau", "office", "department", "ministry",
            "commission", "board", "authority", "institute", "service");
    /** Last words of names of documents and laws that can "say" something ("the Trade Act of 1974 says"). */
    private static final Set<String> DOCUMENT_OR_LAW = Set.of("act", "bill", "law", "amendment", "treaty", "accord",
            "report", "poll", "survey", "index", "plan", "deal");
    /** Statements and channels through which their owner speaks ("its website", "her statement"). */
    private static final Set<String> OWNED_MEDIA = Set.of("website", "site", "statement", "account", "feed", "tweet",
            "blog", "newsletter", "release", "filing", "report", "letter", "memo", "email", "post", "page", "channel");
    /** A person's own work, which speaks for that person ("Greenberg's research suggests"). */
    private static final Set<String> PERSONAL_WORKS = Set.of("research", "analysis", "study", "studies", "findings");
    /** Outlets whose own name stands before them in a description ("the official MTI news agency", "the Xinhua news agency"). */
    private static final Set<String> OUTLET_NOUNS = Set.of("agency", "newspaper", "daily", "weekly", "magazine", "paper",
            "radio", "television", "network");
    /** Numbers that speak for whoever published them ("figures from the Labour Ministry"). */
    private static final Set<String> DATA_NOUNS = Set.of("data", "figures", "statistics", "numbers", "estimates",
            "projections", "forecasts");
    /** Who speaks for an organisation: "a spokesman" with no organisation named speaks for the one the text is about. */
    private static final Set<String> SPOKESPERSON_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson");
    /** Lower-case words that may stand before a group noun inside its phrase ("senior administration officials"). */
    private static final Set<String> GROUP_MODIFIERS = Set.of("senior", "top", "administration", "government", "military",
            "intelligence", "law", "enforcement", "federal", "state", "local", "campaign", "party", "former", "current",
            "security", "health", "election", "police", "congressional", "republican", "democratic", "foreign", "western",
            "company", "union", "industry", "defense", "defence", "court", "city", "county", "school", "white", "house");
    /** Words that open a clause, after which the next noun phrase is its subject ("because they", "while officials"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("because", "while", "when", "as", "and", "but", "after",
            "before", "although", "though", "if", "since", "that", "where", "so", "until", "once", "whereas", "whether",
            "unless", "even", "only", "just", "like", "unlike");
    /** Common verbs right after a group, showing it is the subject ("Republicans blocked", "officials want"). */
    private static final Set<String> GROUP_VERBS = Set.of("are", "were", "have", "do", "want", "wanted", "blocked", "voted",
            "agreed", "argued", "called", "urged", "asked", "expect", "expected", "believe", "believed", "fear", "feared",
            "hope", "hoped", "plan", "planned", "say", "think", "thought", "worry", "worried", "met", "found", "pushed",
            "sought", "refused", "rejected", "accused", "criticized", "criticised", "demanded", "opposed", "supported",
            "insisted", "wrote", "told", "released", "announced", "launched", "moved", "tried", "took", "made");

    /** Words before a role noun that end the role ("singled out campaign manager X", "who fund manager X"). */
    private static final Set<String> ROLE_BOUNDARIES = Set.of("but", "who", "that", "out", "up", "off");
    /** How many recent people a pronoun may reach back to. */
    private static final int RECENT = 8;

    private final EntityRecognizer recognizer;
    private final ClaimsLexicon lexicon = ClaimsLexicon.get();

    public SpeakerResolver(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    private static final class Person {
        String fullName;
        final String surname;
        String role;
        ClaimsLexicon.Gender gender;
        int maleVotes;
        int femaleVotes;
        int mentions;
        final int firstSeen;
        /** Countries named with the person ("Russian President", "Putin of Russia", "Iran's foreign minister"). */
        final Set<String> countries = new java.util.HashSet<>(2);
        /** The full name last looked up in the gazetteer for a country, so that each name is looked up once. */
        String lookedUp;

        Person(String fullName, String surname, String role, ClaimsLexicon.Gender gender, int firstSeen) {
            this.fullName = fullName;
            this.surname = surname;
            this.role = role;
            this.gender = gender;
            this.firstSeen = firstSeen;
        }
    }

    /**
     * A mention of someone who may be referred back to: a {@link Person}, or an unnamed speaker's {@link Speaker}
     * ("a White House spokeswoman"), with the weight it lends to that referent's salience.
     */
    private record Seen(Object referent, int at, int sentence, double weight) {

        Person person() {
            return referent instanceof Person person ? person : null;
        }
    }

    /** How many sentences back a pronoun looks for the people the text is about. */
    private static final int SALIENCE_WINDOW = 4;
    /** Salience of a name, more as a sentence's subject or a claim's speaker, less inside what someone claims. */
    private static final double NAME_WEIGHT = 100;
    private static final double SUBJECT_BONUS = 40;
    /** What a name after its sentence's subject weighs, as a share of a name's weight. */
    private static final double OBJECT_SHARE_OF_NAME = 0.5;
    private static final double SPEAKER_WEIGHT = 150;
    private static final double REPEATED_MENTION = 0.3;
    /** How far ahead of the next person the one a bare description ("the former president") resolves to must be. */
    private static final double DOMINANCE = 2;
    private static final double INSIDE_QUOTE = 0.2;
    private static final double INSIDE_REPORTED_CLAIM = 0.5;
    /** A referent of unknown gender stays a candidate for "he" or "she", behind one known to match. */
    private static final double UNKNOWN_GENDER = 0.5;

    /** Members of a party, each a description of one person ("the Republican said"). */
    private static final Set<String> PARTISAN_NOUNS = Set.of("republican", "democrat", "libertarian", "socialist");

    /** Words for whoever leads a country, which a later description uses for a president, premier or king. */
    private static final Set<String> LEADER_NOUNS = Set.of("leader", "monarch", "ruler");

    /** Abbreviated titles and the role nouns a later description uses for them ("Sen." is "the senator"). */
    private static final Map<String, Set<String>> ROLE_SYNONYMS = Map.ofEntries(
            Map.entry("sen", Set.of("senator", "lawmaker", "legislator")),
            Map.entry("senator", Set.of("lawmaker", "legislator")),
            Map.entry("rep", Set.of("representative", "congressman", "congresswoman", "lawmaker", "legislator")),
            Map.entry("representative", Set.of("congressman", "congresswoman", "lawmaker", "legislator")),
            Map.entry("congressman", Set.of("representative", "lawmaker", "legislator")),
            Map.entry("congresswoman", Set.of("representative", "lawmaker", "legislator")),
            Map.entry("mp", Set.of("lawmaker", "legislator")),
            Map.entry("gov", Set.of("governor")),
            Map.entry("gen", Set.of("general", "commander")),
            Map.entry("adm", Set.of("admiral", "commander")),
            Map.entry("col", Set.of("colonel")),
            Map.entry("lt", Set.of("lieutenant")),
            Map.entry("capt", Set.of("captain")),
            Map.entry("sec", Set.of("secretary")),
            Map.entry("amb", Set.of("ambassador")),
            Map.entry("pres", Set.of("president")),
            Map.entry("prof", Set.of("professor")),
            Map.entry("dr", Set.of("doctor")),
            Map.entry("chairman", Set.of("chair")),
            Map.entry("chairwoman", Set.of("chair")),
            Map.entry("premier", Set.of("prime", "leader")),
            Map.entry("prime", Set.of("leader")),
            Map.entry("president", Set.of("leader")),
            Map.entry("chancellor", Set.of("leader")),
            Map.entry("king", Set.of("leader", "monarch")),
            Map.entry("queen", Set.of("leader", "monarch")),
            Map.entry("emir", Set.of("leader", "ruler")),
            Map.entry("ayatollah", Set.of("leader")),
            Map.entry("ceo", Set.of("chief", "executive")));

    /**
     * A referent's salience grows with further mentions, but by a share of their weight only: a person named often in
     * passing does not outweigh the one the last sentence is about.
     */
    private static double combine(double sofar, double next) {
        return Math.max(sofar, next) + REPEATED_MENTION * Math.min(sofar, next);
    }

    /** "Donald Trump's" names Donald Trump. */
    private static String withoutPossessive(String name) {
        if (name.length() > 2 && (name.endsWith("'s") || name.endsWith("\u2019s") || name.endsWith("'S"))) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }


    private static ClaimsLexicon.Gender genderOfDescription(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("woman") || lower.endsWith("spokeswoman") || lower.endsWith("mother") || lower.endsWith("wife")) {
            return ClaimsLexicon.Gender.FEMALE;
        }
        if (lower.endsWith("man") && !lower.endsWith("woman") || lower.endsWith("father") || lower.endsWith("husband")) {
            return ClaimsLexicon.Gender.MALE;
        }
        return null;
    }

    /** The gender from the name or title, else from the pronouns that follow the person's mentions. */
    private static ClaimsLexicon.Gender likelyGender(Person person) {
        if (person.gender != null) {
            return person.gender;
        }
        if (person.maleVotes == person.femaleVotes) {
            return null;
        }
        return person.maleVotes > person.femaleVotes ? ClaimsLexicon.Gender.MALE : ClaimsLexicon.Gender.FEMALE;
    }

    /** A title, also one joined to its prefix by a hyphen ("Vice-Premier", "ex-President"). */
    private boolean isTitle(String word) {
        // "Presidents Ibrahim Babangida and ...": the plural of a title before joined names.
        String singular = word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : null;
        if (lexicon.isTitle(word) || singular != null && lexicon.isTitle(singular) && lexicon.isPersonRoleNoun(singular)) {
            return true;
        }
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && TITLE_PREFIXES.contains(word.substring(0, hyphen)) && lexicon.isTitle(word.substring(hyphen + 1));
    }

    /**
     * The speaker of each attribution, in the same order.
     *
     * @param entities the entity mentions of the whole body, to tell people from organisations and countries
     */
    public List<Speaker> resolve(TextDocument doc, List<Attribution> attributions, List<EntityMention> entities) {
        return new Run(doc, entities).resolve(attributions);
    }

    /** Index of the last item positioned before {@code at} in a list sorted by that position, or -1. */
    private static <T> int lastBefore(List<T> items, java.util.function.ToIntFunction<T> position, int at) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (position.applyAsInt(items.get(mid)) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private final class Run {

        private final TextDocument doc;
        private final Tokens tokens;
        private final List<EntityMention> entities;
        /** People by surname; several when relatives or namesakes appear ("Bill Clinton", "Hillary Clinton"). */
        private final Map<String, List<Person>> bySurname = new HashMap<>();
        private final Map<String, Person> byNamePart = new HashMap<>();
        private final List<Seen> personMentions = new ArrayList<>();
        private final List<Speaker> previousSpeakers = new ArrayList<>();
        /** Who ran the poll or survey named last, for "the poll" later. */
        private Speaker lastPollster;
        private final List<Person> previousPersonSpeakers = new ArrayList<>();
        private final List<Seen> speakerMentions = new ArrayList<>();
        private final List<Seen> pronounMentions = new ArrayList<>();
        private int[] narrative = new int[0];
        /** The claims' contents by start, to tell people a claim is about from the people who claim it. */
        private List<Attribution> contents = List.of();
        private int entityCursor;
        private Set<String> companyWords;
        /** See {@link #shortNameDefinitions()}; built on first use. */
        private Map<String, List<Map.Entry<Integer, String>>> shortNames;
        private int lastSentenceWithPerson = -1;
        private int lastSentenceWithSubject = -1;

        Run(TextDocument doc, List<EntityMention> entities) {
            this.doc = doc;
            this.tokens = doc.tokens();
            this.entities = entities;
            collectPeople();
        }

        List<Speaker> resolve(List<Attribution> attributions) {
            contents = new ArrayList<>(attributions);
            contents.sort(java.util.Comparator.comparingInt(Attribution::start));
            narrative = narrativeIndex();
            followPronounSubjects();
            List<Speaker> speakers = new ArrayList<>(attributions.size());
            Attribution question = null;
            Speaker asker = null;
            for (Attribution a : attributions) {
                Speaker speaker = resolveOne(a);
                Speaker answerer = question == null ? speaker : answerToQuestion(question, asker, a, speaker);
                Speaker before = speakers.isEmpty() ? null : speakers.get(speakers.size() - 1);
                if (answerer == speaker && question != null && before != null && !before.equals(asker) && a.hasSpeakerMention()
                        && a.speakerStart() == attributions.get(speakers.size() - 1).speakerStart()) {
                    // "'I doubt it,' he said, adding ...": the same mention, the same answerer.
                    answerer = new Speaker(before.name(), before.kind(), before.role(), speaker.mention());
                }
                if (answerer != speaker) {
                    previousSpeakers.set(previousSpeakers.size() - 1, answerer);
                    speaker = answerer;
                } else {
                    // The sentences of one answering quote share its mention and so its speaker.
                    boolean sameAnswer = !speakers.isEmpty() && a.hasSpeakerMention()
                            && a.speakerStart() == attributions.get(speakers.size() - 1).speakerStart();
                    question = sameAnswer ? question : a;
                    asker = sameAnswer ? asker : speaker;
                }
                speakers.add(speaker);
            }
            return speakers;
        }

        private Speaker resolveOne(Attribution a) {
            if (!a.hasSpeakerMention()) {
                // A quote that goes on without a cue continues the last speaker; a cue with no one before it ("is
                // expected to", "asked about C, she said") names no holder, so the claim is nobody's in particular.
                return previousSpeakers.isEmpty() || a.hasCue() ? UNKNOWN_SPEAKER
                        : previousSpeakers.get(previousSpeakers.size() - 1);
            }
            TextSpan mention = TextSpan.of(doc.body(), a.speakerStart(), a.speakerEnd());
            int first = tokens.firstEndingAfter(a.speakerStart());
            int end = first;
            while (end < tokens.size() && tokens.start(end) < a.speakerEnd()) {
                end++;
            }
            // "but he": the conjunction is no part of who speaks.
            while (end - first > 1 && tokens.isWord(first) && SENTENCE_OPENERS.contains(tokens.lower(first))) {
                first++;
            }
            // "Yutaka Hashimoto general manager of ...": a mention cut inside the title after the name.
            String last = tokens.lower(end - 1);
            if (end - first > 2 && tokens.isWord(end - 1) && !tokens.isCapitalized(end - 1) && lexicon.isTitle(last)
                    && lexicon.isPersonRoleNoun(last) && !lexicon.isOrganisationRoleNoun(last) && isBareName(first, end - 1)) {
                end--;
            }
            // "Hours later, Trump returned the compliment, telling Reuters", "Previously consumers were proposing": the
            // time or sentence adverb is no speaker, the subject after it is.
            int subject = end - first == 1 ? subjectAfterOpener(first) : -1;
            if (subject > 0) {
                int subjectEnd = subject;
                while (subjectEnd < tokens.size() && subjectEnd - subject < 4 && tokens.isWord(subjectEnd) && tokens.isCapitalized(subjectEnd)) {
                    subjectEnd++;
                }
                // "consumers", "many farmers": a group named in lower case.
                for (int t = subject; subjectEnd == subject && t < Math.min(tokens.size(), subject + 3) && tokens.isWord(t)
                        && !tokens.isCapitalized(t); t++) {
                    if (isGroupWord(tokens.lower(t), false) || isPluralNoun(tokens.lower(t)) && t + 1 < tokens.size()
                            && (SUBJECT_VERBS.contains(tokens.lower(t + 1)) || PLURAL_VERBS.contains(tokens.lower(t + 1)))) {
                        subjectEnd = t + 1;
                    }
                }
                if (subjectEnd > subject) {
                    first = subject;
                    end = subjectEnd;
                    mention = TextSpan.of(doc.body(), tokens.start(first), tokens.end(end - 1));
                }
            }
            int company = companyNameStart(first, end);
            boolean partnersListed = company < first && commaBetween(company, first);
            if (company < first) {
                first = company;
                mention = TextSpan.of(doc.body(), tokens.start(first), a.speakerEnd());
            }
            int joined = joinedGroupStart(first, end);
            if (joined < first) {
                first = joined;
                mention = TextSpan.of(doc.body(), tokens.start(first), a.speakerEnd());
            }
            // Only a company's name lists its partners with commas before "and Co".
            Speaker speaker = partnersListed ? new Speaker(text(first, end), SpeakerKind.ORGANIZATION, null, mention)
                    : classify(first, end, mention);
            previousSpeakers.add(speaker);
            if (speaker.kind() == SpeakerKind.UNNAMED && isSingularPersonDescription(speaker.name())) {
                speakerMentions.add(new Seen(speaker, mention.start(), doc.sentenceAt(mention.start()), SPEAKER_WEIGHT));
            }
            return speaker;
        }

        /**
         * "Conroy asked Sanders whether ... . 'Sure it is,' he said": the quote that answers a question comes from the
         * person asked, not from the one who asked, when "he" or "she" would otherwise give it back to the asker.
         */
        private Speaker answerToQuestion(Attribution question, Speaker asker, Attribution answer, Speaker speaker) {
            if (!answer.direct() || !speaker.equals(asker) && !(asker.kind() == SpeakerKind.PERSON && asker.name().equals(speaker.name()))
                    || asker.kind() != SpeakerKind.PERSON || !question.hasCue() || !answer.hasSpeakerMention()) {
                return speaker;
            }
            String pronoun = doc.body().substring(answer.speakerStart(), answer.speakerEnd()).toLowerCase(Locale.ROOT);
            int cue = tokens.firstEndingAfter(question.cueStart());
            boolean questionCue = tokens.isWord(cue, "asked") || tokens.isWord(cue, "asks");
            if (!questionCue || !(pronoun.equals("he") || pronoun.equals("she"))
                    || doc.sentenceAt(answer.start()) - doc.sentenceAt(question.cueStart()) < 1
                    || doc.sentenceAt(answer.start()) - doc.sentenceAt(question.cueStart()) > 3) {
                return speaker;
            }
            int nameEnd = cue + 1;
            while (nameEnd < tokens.size() && nameEnd - cue <= 3 && tokens.isWord(nameEnd) && tokens.isCapitalized(nameEnd)) {
                nameEnd++;
            }
            if (nameEnd == cue + 1) {
                return speaker;
            }
            Person asked = known(surname(cue + 1, nameEnd), text(cue + 1, nameEnd), null, answer.speakerStart());
            ClaimsLexicon.Gender gender = pronoun.equals("he") ? ClaimsLexicon.Gender.MALE : ClaimsLexicon.Gender.FEMALE;
            if (asked == null || asked.fullName.equals(asker.name()) || likelyGender(asked) != null && likelyGender(asked) != gender) {
                return speaker;
            }
            TextSpan mention = TextSpan.of(doc.body(), answer.speakerStart(), answer.speakerEnd());
            return personSpeaker(asked, mention);
        }

        /**
         * The first token of the subject after a sentence opener that a mention took for the speaker ("Hours later,"
         * "Previously"); -1 when {@code opener} is no such word.
         */
        private int subjectAfterOpener(int opener) {
            String word = tokens.lower(opener);
            if (opener + 2 < tokens.size() && TIME_SPANS.contains(word) && TIME_AFTER_SPAN.contains(tokens.lower(opener + 1))) {
                return tokens.is(opener + 2, ',') ? opener + 3 : opener + 2;
            }
            boolean sentenceAdverb = word.length() > 7 && SENTENCE_ADVERB_ENDING.matcher(word).find()
                    && doc.sentences().get(doc.sentenceOf(opener)).firstToken() == opener;
            if (sentenceAdverb && opener + 1 < tokens.size()) {
                return tokens.is(opener + 1, ',') ? opener + 2 : opener + 1;
            }
            return -1;
        }

        /**
         * "Boeing Co's Boeing Commercial Airplane Co", "Core-Mark International Inc": where a mention ending in a
         * company suffix was cut inside the company's name, the first token of the whole name; else {@code first}.
         */
        private int companyNameStart(int first, int end) {
            if (!tokens.isWord(end - 1) || !COMPANY_SUFFIX.matcher(tokens.lower(end - 1)).matches()
                    || !tokens.isCapitalized(first)) {
                return first;
            }
            int sentence = doc.sentenceOf(first);
            int sentenceStart = doc.sentences().get(sentence).firstToken();
            // A line break inside the name ("Airplane\nCo") may have been taken for the end of a sentence.
            if (sentenceStart == first && sentence > 0 && first > 0 && tokens.isWord(first - 1)) {
                sentenceStart = doc.sentences().get(sentence - 1).firstToken();
            }
            int start = first;
            // "Goldman, Sachs and Co", "Merrill Lynch, Pierce, Fenner and Smith Inc": partners' names listed with commas.
            boolean partners = false;
            for (int t = first + 1; t < end - 1; t++) {
                partners |= tokens.isWord(t, "and") || tokens.is(t, '&');
            }
            while (start > sentenceStart && first - start < (partners ? 7 : 4)) {
                int before = start - 1;
                boolean attached = tokens.end(before) == tokens.start(start);
                String word = tokens.lower(before);
                if (attached && !tokens.isWord(before) && doc.body().charAt(tokens.start(before)) == '-') {
                    start = before;
                } else if (partners && tokens.is(before, ',') && isPartnerName(before - 1, sentenceStart)) {
                    start = before;
                } else if (tokens.isWord(before) && (tokens.isCapitalized(before) || attached && start < first)
                        && !word.endsWith("'s") && !word.endsWith("'") && !Phrases.isCapitalisedNonName(word)
                        && !SENTENCE_OPENERS.contains(word) && !isTitle(word)) {
                    start = before;
                } else if ((word.equals("and") || word.equals("&")) && before > sentenceStart && tokens.isWord(before - 1)
                        && tokens.isCapitalized(before - 1)) {
                    // "Missiles and Space Co".
                    start = before;
                } else {
                    break;
                }
            }
            // The name starts with a word, never with the hyphen that joined it.
            while (start < first && !tokens.isWord(start)) {
                start++;
            }
            return start;
        }

        private boolean commaBetween(int first, int end) {
            for (int t = first; t < end; t++) {
                if (tokens.is(t, ',')) {
                    return true;
                }
            }
            return false;
        }

        /** "Goldman" in "Goldman, Sachs and Co": a capitalised name, not a place, that no preposition or lower-case word opens. */
        private boolean isPartnerName(int t, int sentenceStart) {
            String word = t >= sentenceStart && tokens.isWord(t) ? tokens.lower(t) : "";
            if (word.isEmpty() || !tokens.isCapitalized(t) || Phrases.isCapitalisedNonName(word) || SENTENCE_OPENERS.contains(word)
                    || SENTENCE_ADVERB_ENDING.matcher(word).find()) {
                return false;
            }
            EntityMention entity = entityAt(tokens.start(t));
            if (entity != null && (entity.kind() == EntityKind.COUNTRY || entity.kind() == EntityKind.LOCATION)) {
                return false;
            }
            return t == sentenceStart || !tokens.isWord(t - 1)
                    || tokens.isCapitalized(t - 1) && !Phrases.isCapitalisedNonName(tokens.lower(t - 1));
        }

        /** "Republican", "Texas Democrat": a capitalised noun for one person by party, after the place they stand for. */
        private boolean isPartisanDescription(int first, int end) {
            if (end - first < 1 || end - first > 3 || !tokens.isWord(end - 1) || !tokens.isCapitalized(end - 1)
                    || !PARTISAN_NOUNS.contains(tokens.lower(end - 1))) {
                return false;
            }
            for (int t = first; t < end - 1; t++) {
                if (!tokens.isWord(t) || !tokens.isCapitalized(t) || isTitle(tokens.lower(t))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "Western diplomats and economists", "brokers and market analysts": where a group's mention is the last of two
         * groups joined by "and", the first token of the first; else {@code first}.
         */
        private int joinedGroupStart(int first, int end) {
            boolean group = tokens.isWord(end - 1) && isGroupWord(tokens.lower(end - 1), tokens.isCapitalized(end - 1))
                    && (end - first == 1 || isGroupModifier(first));
            if (!group) {
                return first;
            }
            int sentenceStart = doc.sentences().get(doc.sentenceOf(first)).firstToken();
            int modified = first;
            // "market" in "brokers and market analysts".
            while (modified - 1 > sentenceStart && first - modified < 2 && isNounModifier(modified - 1)) {
                modified--;
            }
            // The first conjunct need not be a known group noun: "brokers and analysts", "farmers and economists".
            int and = modified - 1;
            if (and < 1 || !tokens.isWord(and, "and") || !tokens.isWord(and - 1) || !isPluralNoun(tokens.lower(and - 1))) {
                return first;
            }
            int start = and - 1;
            while (start - 1 >= sentenceStart && and - 1 - start < 3 && isGroupModifier(start - 1)) {
                start--;
            }
            return start;
        }

        /**
         * "A campaign adviser, Tad Devine, told reporters": the name set off by commas right after a description
         * is the speaker, and the description is the role.
         */
        private Optional<Speaker> appositiveName(int afterMention, String descriptionRole, TextSpan mention) {
            if (afterMention >= tokens.size() || !tokens.is(afterMention, ',')) {
                return Optional.empty();
            }
            int nameStart = afterMention + 1;
            int nameEnd = nameStart;
            int words = 0;
            while (nameEnd < tokens.size() && (tokens.isWord(nameEnd)
                    && (tokens.isCapitalized(nameEnd) || Phrases.isNameParticle(tokens.lower(nameEnd))) || isInitialsStop(nameEnd))) {
                words += tokens.isWord(nameEnd) ? 1 : 0;
                nameEnd++;
            }
            boolean closedByComma = nameEnd < tokens.size() && tokens.is(nameEnd, ',');
            if (!closedByComma || words < 2 || words > 4 || Phrases.isCapitalisedNonName(tokens.lower(nameStart))) {
                return Optional.empty();
            }
            Speaker named = named(nameStart, nameEnd, mention);
            if (named.kind() != SpeakerKind.PERSON) {
                return Optional.empty();
            }
            Person person = known(surname(nameStart, nameEnd), named.name(), null, mention.start());
            if (person != null && person.role == null) {
                // "the spokesman" later is this person.
                person.role = descriptionRole;
            }
            return Optional.of(new Speaker(named.name(), SpeakerKind.PERSON,
                    named.role() != null ? named.role() : descriptionRole, mention));
        }

        /**
         * The full stop of an initial after a given name ("James B. Comey"), which belongs to the name, unlike the one
         * of a title ("Sen.") or an abbreviation before it ("U.S.").
         */
        private boolean isMiddleInitialStop(int t) {
            return isInitialsStop(t) && t >= 2 && tokens.isWord(t - 2) && (tokens.isCapitalized(t - 2)
                    && tokens.end(t - 2) - tokens.start(t - 2) > 1 && !isTitle(tokens.lower(t - 2))
                    && !HONORIFICS.contains(tokens.lower(t - 2)) || isLeadingInitialStop(t));
        }

        /**
         * "Counsel W. Neil Eggleston", "spokesman J. Smith": an initial right after a title or a lower-case word opens
         * the name when a capitalised name word follows, unlike the last letter of an abbreviation ("U.S.", "J.P.").
         */
        private boolean isLeadingInitialStop(int t) {
            return t + 1 < tokens.size() && tokens.isWord(t + 1) && tokens.isCapitalized(t + 1)
                    && !isTitle(tokens.lower(t + 1)) && tokens.start(t - 1) > tokens.end(t - 2);
        }

        /** The full stop of an initial ("James B. Comey"). */
        private boolean isInitialsStop(int t) {
            return tokens.is(t, '.') && t > 0 && tokens.isWord(t - 1) && tokens.isCapitalized(t - 1)
                    && tokens.end(t - 1) - tokens.start(t - 1) == 1;
        }

        /**
         * "Citizens United, the conservative advocacy group, obtained ...": a description set off by commas right after
         * a name is that name's role, and the name the speaker.
         */
        private Optional<Speaker> nameBeforeAppositive(int first, int end, String descriptionRole, TextSpan mention) {
            boolean setOff = first >= 2 && tokens.is(first - 1, ',') && end < tokens.size() && tokens.is(end, ',');
            if (!setOff || !tokens.isWord(first - 2) || !tokens.isCapitalized(first - 2)) {
                return Optional.empty();
            }
            int nameStart = first - 1;
            while (nameStart - 1 >= 0 && first - 1 - nameStart < MAX_NAME_WORDS + 1 && (tokens.isWord(nameStart - 1)
                    && (tokens.isCapitalized(nameStart - 1) || Phrases.isNameParticle(tokens.lower(nameStart - 1)))
                    || isInitialsStop(nameStart - 1))) {
                nameStart--;
            }
            while (nameStart < first - 1 && (!tokens.isCapitalized(nameStart)
                    || Phrases.isCapitalisedNonName(tokens.lower(nameStart)))) {
                nameStart++;
            }
            // The name must open its clause ("Citizens United, the group, ..."), not close a phrase ("In Ohio, the ...").
            boolean opensClause = nameStart == 0 || !tokens.isWord(nameStart - 1) || SENTENCE_OPENERS.contains(tokens.lower(nameStart - 1))
                    || CLAUSE_OPENERS.contains(tokens.lower(nameStart - 1)) || lexicon.isVerbCue(tokens.lower(nameStart - 1))
                    || tokens.isWord(nameStart - 1, "by");
            if (nameStart >= first - 1 || !opensClause) {
                return Optional.empty();
            }
            EntityMention entity = entityAt(tokens.start(nameStart));
            boolean place = entity != null && (entity.kind() == EntityKind.COUNTRY || entity.kind() == EntityKind.LOCATION);
            if (place) {
                return Optional.empty();
            }
            Speaker named = named(nameStart, first - 1, mention);
            if (named.kind() == SpeakerKind.GOVERNMENT) {
                return Optional.empty();
            }
            String role = named.kind() == SpeakerKind.PERSON && named.role() == null ? descriptionRole : named.role();
            return Optional.of(new Speaker(named.name(), named.kind(), role, mention));
        }

        /** "several", "both", "the two", "three-quarters", "six in 10": quantity words with no noun of their own. */
        private boolean isBareQuantifier(int first, int end) {
            for (int t = first; t < end; t++) {
                String word = tokens.lower(t);
                if (!tokens.isWord(t) || !Phrases.isQuantityWord(word) && !(word.equals("in") && t > first)) {
                    return false;
                }
            }
            String last = tokens.lower(end - 1);
            return Phrases.isStandaloneQuantifier(last) || end - first > 2 && tokens.isWord(end - 2, "in")
                    || Phrases.isQuantityWord(last) && last.contains("-") && !Character.isDigit(last.charAt(0));
        }

        /**
         * "one of his advisers", "most of the senators", "about 85% of Democrats": a share of a group is an unnamed
         * speaker named by the group after "of"; null when the words before "of" do not measure a share.
         */
        private Speaker shareOfAGroup(int first, int end, TextSpan mention) {
            int of = first;
            while (of < end && !tokens.isWord(of, "of")) {
                // "One in four voters", "about one in five Republicans": the group follows the ratio.
                if (of > first && of + 2 < end && tokens.isWord(of, "in") && Phrases.isQuantityWord(tokens.lower(of + 1))
                        && tokens.isWord(of + 2) && !Phrases.isQuantityWord(tokens.lower(of + 2))) {
                    return new Speaker(text(of + 2, end), SpeakerKind.UNNAMED, text(first, end), mention);
                }
                if (!Phrases.isQuantityWord(tokens.lower(of))) {
                    return null;
                }
                of++;
            }
            int groupStart = of + 1;
            if (of == first || groupStart >= end) {
                return null;
            }
            if (groupStart < end - 1 && Phrases.DETERMINERS.contains(tokens.lower(groupStart))) {
                groupStart++;
            }
            // The group names the speaker (so a timeline gathers every poll of it); the share stays in the role.
            return new Speaker(text(groupStart, end), SpeakerKind.UNNAMED, text(first, end), mention);
        }

        /**
         * "A Military Times survey", "the poll by the Public Policy Institute of California": whoever ran the poll or
         * study speaks through it, so the claim is theirs and the document is the role; null for any other mention.
         */
        private Speaker pollster(int first, int end, TextSpan mention) {
            int start = Phrases.DETERMINERS.contains(tokens.lower(first)) ? first + 1 : first;
            // "The poll showed": the poll the text last named its pollster for.
            if (end - start == 1 && lastPollster != null && POLL_NOUNS.contains(tokens.lower(start))
                    && (tokens.isWord(first, "the") || tokens.isWord(first, "this"))) {
                return new Speaker(lastPollster.name(), lastPollster.kind(), text(start, end), mention);
            }
            // "A survey by the organization in March": the pollster named before.
            if (end - start > 3 && lastPollster != null && POLL_NOUNS.contains(tokens.lower(start)) && tokens.isWord(start + 1, "by")
                    && tokens.isWord(start + 2, "the") && !tokens.isCapitalized(start + 3)
                    && (GENERIC_ORGANISATION_NOUNS.contains(tokens.lower(start + 3)) || AGENCY_NOUNS.contains(tokens.lower(start + 3)))) {
                return new Speaker(lastPollster.name(), lastPollster.kind(), text(start, end), mention);
            }
            if (end - start < 2) {
                return null;
            }
            int nameStart;
            int nameEnd;
            // Lower case only: "the U.S. Geological Survey" is a name, not a survey.
            if (POLL_NOUNS.contains(tokens.lower(end - 1)) && !tokens.isCapitalized(end - 1)) {
                nameStart = start;
                nameEnd = end - 1;
            } else if (POLL_NOUNS.contains(tokens.lower(start)) && !tokens.isCapitalized(start) && tokens.isWord(start + 1, "by")) {
                nameStart = start + 2;
                if (nameStart < end && Phrases.DETERMINERS.contains(tokens.lower(nameStart))) {
                    nameStart++;
                }
                nameEnd = nameStart;
                while (nameEnd < end && tokens.isWord(nameEnd) && (tokens.isCapitalized(nameEnd)
                        || isNameLink(nameEnd) && nameEnd + 1 < end && (tokens.isCapitalized(nameEnd + 1) || isNameLink(nameEnd + 1)))) {
                    nameEnd++;
                }
                while (nameEnd > nameStart && !tokens.isCapitalized(nameEnd - 1)) {
                    nameEnd--;
                }
            } else {
                return null;
            }
            if (nameEnd <= nameStart) {
                return null;
            }
            for (int t = nameStart; t < nameEnd; t++) {
                String word = tokens.lower(t);
                boolean nameWord = tokens.isCapitalized(t) || t > nameStart && isNameLink(t);
                if (!tokens.isWord(t) || !nameWord || word.endsWith("'s") || Phrases.isCalendarWord(word)) {
                    return null;
                }
            }
            String owner = text(nameStart, nameEnd);
            lastPollster = canonical(owner).filter(entity -> entity.kind() != EntityKind.PERSON
                            && entity.canonicalName().length() >= owner.length())
                    .map(entity -> new Speaker(entity.canonicalName(), kindOf(entity.kind()), text(start, end), mention))
                    .orElseGet(() -> new Speaker(owner, SpeakerKind.ORGANIZATION, text(start, end), mention));
            return lastPollster;
        }

        /** "of" in "Public Policy Institute of California", "van" in "Vincent van Gogh". */
        private boolean isNameLink(int t) {
            String word = tokens.lower(t);
            // "Institute for Public Opinion", "Center for American Progress": never "Hart Research for NBC".
            boolean organisationFor = word.equals("for") && t > 0 && (GENERIC_ORGANISATION_NOUNS.contains(tokens.lower(t - 1))
                    || AGENCY_NOUNS.contains(tokens.lower(t - 1)) || ORGANISATION_FOR_NOUNS.contains(tokens.lower(t - 1)));
            // "Council of the Great City Schools".
            boolean ofThe = word.equals("the") && t > 0 && tokens.isWord(t - 1, "of");
            return word.equals("of") || ofThe || organisationFor || Phrases.isNameParticle(word);
        }

        private Speaker classify(int first, int end, TextSpan mention) {
            String head = tokens.lower(first);
            // "he's not predicting ...", "his suggestion that ...": the pronoun's referent speaks.
            String pronoun = end - first == 1 ? SUBJECT_FORMS.getOrDefault(head, withoutPossessive(head)) : head;
            if (end - first == 1 && Phrases.isPronoun(pronoun)) {
                return pronoun(pronoun, mention);
            }
            // "About one in five Republicans say", mentioned as "Republicans": the polled group, not its party or country.
            if (first >= 3 && tokens.isWord(first - 2, "in") && tokens.lower(end - 1).endsWith("s") && tokens.isWord(first - 1)
                    && Phrases.isQuantityWord(tokens.lower(first - 1)) && tokens.isWord(first - 3)
                    && Phrases.isQuantityWord(tokens.lower(first - 3)) && !Phrases.isQuantityWord(tokens.lower(first))) {
                return new Speaker(text(first, end), SpeakerKind.UNNAMED, text(first - 3, end), mention);
            }
            if (isBareQuantifier(first, end)) {
                // "Several threatened ...", "the two write": a share of the group the last sentences are about.
                Speaker group = collectiveAntecedent(mention.start(), false, true);
                // Two people joined by "and" are "both" or "the two", never "many" or "most".
                boolean pair = group != null && group.kind() == SpeakerKind.PERSON;
                if (group != null && (!pair || PAIR_WORDS.contains(tokens.lower(end - 1)))) {
                    return new Speaker(group.name(), group.kind(), text(first, end) + " of " + group.name(), mention);
                }
            }
            Speaker pollster = pollster(first, end, mention);
            if (pollster != null) {
                return pollster;
            }
            Speaker share = shareOfAGroup(first, end, mention);
            if (share != null) {
                return appositiveName(end, share.role(), mention).orElse(share);
            }
            boolean namedAfterDeterminer = (head.equals("the") || head.equals("both")) && end - first > 1
                    && tokens.isCapitalized(first + 1) && tokens.isCapitalized(end - 1);
            if (namedAfterDeterminer && head.equals("the") && isPartisanDescription(first + 1, end)) {
                return description(first, end, mention);
            }
            // "the Ministry", "the Commission": the organisation named earlier with that word.
            if (namedAfterDeterminer && head.equals("the") && end - first == 2 && (lexicon.isOrganisationRoleNoun(tokens.lower(first + 1))
                    || GENERIC_ORGANISATION_NOUNS.contains(tokens.lower(first + 1)) || COMPANY_NOUNS.contains(tokens.lower(first + 1)))) {
                return description(first, end, mention);
            }
            if (namedAfterDeterminer) {
                // "The Lewisburg Green Dragons said": nobody's name goes after "the" without a title ("the Rev. ...").
                String name = withoutPossessive(text(first + 1, end));
                if (head.equals("the") && !hasTitle(first + 1, end) && !descriptionHas(first, end, "and") && !hasPossessive(first + 1, end - 1)
                        && known(surname(first + 1, end), name, null, mention.start()) == null && containing(name) == null) {
                    return canonical(text(first, end)).filter(entity -> entity.kind() != EntityKind.PERSON)
                            .map(entity -> new Speaker(entity.canonicalName(), kindOf(entity.kind()), null, mention))
                            .orElseGet(() -> new Speaker(text(first + 1, end), SpeakerKind.ORGANIZATION, null, mention));
                }
                return named(first + 1, end, mention);
            }
            Speaker titled = nameAfterLowerCaseRole(first, end, mention);
            if (titled == null) {
                titled = nameBeforeLowerCaseRole(first, end, mention);
            }
            if (titled != null) {
                return titled;
            }
            // "King said" after "Peter T. King" is the man, not a king.
            boolean commonNounOpeningSentence = end - first == 1 && (lexicon.isSourceNoun(head)
                    || lexicon.isPersonRoleNoun(head) && !(tokens.isCapitalized(first) && bySurname.containsKey(head)));
            if (commonNounOpeningSentence || !tokens.isCapitalized(first) || Phrases.DETERMINERS.contains(head) || !tokens.isCapitalized(end - 1)
                    && !Phrases.isNameParticle(tokens.lower(end - 1))) {
                // A name in apposition says who is meant better than any guess from the description.
                String role = text(Phrases.DETERMINERS.contains(head) && end - first > 1 ? first + 1 : first, end);
                return appositiveName(end, role, mention)
                        .or(() -> nameBeforeAppositive(first, end, role, mention))
                        .orElseGet(() -> description(first, end, mention));
            }
            return named(first, end, mention);
        }

        /**
         * "analyst Carole Berger of Cyrus J. Lawrence Inc", "deputy chairman Henry Lewis": a role in lower case before a
         * name of two or more words is that person's title, and the name says who speaks.
         */
        private Speaker nameAfterLowerCaseRole(int first, int end, TextSpan mention) {
            int nameAt = first;
            while (nameAt < end && nameAt - first < 4 && tokens.isWord(nameAt) && !tokens.isCapitalized(nameAt)
                    && !Phrases.DETERMINERS.contains(tokens.lower(nameAt)) && !Phrases.PREPOSITIONS.contains(tokens.lower(nameAt))) {
                nameAt++;
            }
            if (nameAt == first || nameAt + 1 >= end || !tokens.isCapitalized(nameAt) || !tokens.isCapitalized(nameAt + 1)) {
                return null;
            }
            String role = tokens.lower(nameAt - 1);
            if (!isTitle(role) && !lexicon.isPersonRoleNoun(role) && !lexicon.isSourceNoun(role)) {
                return null;
            }
            // Capitalised words up to the end or an "of" ("host Trevor Noah on Thursday" is no name).
            for (int t = nameAt; t < end && !tokens.isWord(t, "of"); t++) {
                if (!(tokens.isWord(t) && tokens.isCapitalized(t) || tokens.is(t, '.'))) {
                    return null;
                }
            }
            Speaker person = named(nameAt, end, mention);
            if (person.kind() != SpeakerKind.PERSON) {
                return null;
            }
            String title = text(first, nameAt);
            if (person.role() == null) {
                return new Speaker(person.name(), person.kind(), title, mention);
            }
            if (person.role().startsWith(title)) {
                return person;
            }
            // "former South Carolina Gov. Jim Hodges": one role, in two cases.
            String written = title + " " + person.role();
            boolean oneRole = String.join(" ", mention.text().split("\\s+")).contains(written);
            return new Speaker(person.name(), person.kind(), oneRole ? written : title + ", " + person.role(), mention);
        }

        /**
         * "Yutaka Hashimoto general manager of the bank's international division": a name of two or more words, then its
         * role in lower case without a comma between.
         */
        private Speaker nameBeforeLowerCaseRole(int first, int end, TextSpan mention) {
            int roleAt = first;
            while (roleAt < end && tokens.isWord(roleAt) && tokens.isCapitalized(roleAt)) {
                roleAt++;
            }
            int roleEnd = roleAt;
            while (roleEnd < end && tokens.isWord(roleEnd) && !tokens.isCapitalized(roleEnd) && !tokens.isWord(roleEnd, "of")) {
                roleEnd++;
            }
            String role = roleEnd > roleAt ? tokens.lower(roleEnd - 1) : "";
            if (roleAt - first < 2 || roleEnd == roleAt || roleEnd < end && !tokens.isWord(roleEnd, "of") || !isBareName(first, roleAt)
                    || role.endsWith("s") || !isTitle(role) && !lexicon.isPersonRoleNoun(role)) {
                return null;
            }
            Speaker person = named(first, roleAt, mention);
            if (person.kind() != SpeakerKind.PERSON) {
                return null;
            }
            return person.role() == null ? new Speaker(person.name(), person.kind(), text(roleAt, end), mention) : person;
        }

        private Speaker pronoun(String pronoun, TextSpan mention) {
            switch (pronoun) {
                case "he", "she" -> {
                    ClaimsLexicon.Gender gender = pronoun.equals("he") ? ClaimsLexicon.Gender.MALE : ClaimsLexicon.Gender.FEMALE;
                    Object salient = salient(mention.start(), gender, null);
                    if (salient instanceof Person person) {
                        if (person.gender == null) {
                            // Resolving "he" to someone says which pronoun the text uses for that person.
                            if (gender == ClaimsLexicon.Gender.MALE) {
                                person.maleVotes++;
                            } else {
                                person.femaleVotes++;
                            }
                        }
                        return personSpeaker(person, mention);
                    }
                    if (salient instanceof Speaker unnamed) {
                        speakerMentions.add(new Seen(unnamed, mention.start(), doc.sentenceAt(mention.start()), SPEAKER_WEIGHT));
                        return new Speaker(unnamed.name(), unnamed.kind(), unnamed.role(), mention);
                    }
                    Person person = recentSpeaker(gender);
                    if (person == null) {
                        person = recentMention(mention.start(), gender);
                    }
                    if (person != null) {
                        return personSpeaker(person, mention);
                    }
                    for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                        Speaker previous = previousSpeakers.get(k);
                        if (previous.kind() == SpeakerKind.UNNAMED && !previous.name().endsWith("s")
                                && !Phrases.isPronoun(previous.name())) {
                            return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                        }
                    }
                    return new Speaker(pronoun, SpeakerKind.UNNAMED, null, mention);
                }
                case "they", "it" -> {
                    boolean organisationOnly = pronoun.equals("it");
                    Speaker antecedent = collectiveAntecedent(mention.start(), organisationOnly, false);
                    if (antecedent != null) {
                        return new Speaker(antecedent.name(), antecedent.kind(), antecedent.role(), mention);
                    }
                    // Nothing in reach: the last speaker that could be meant, however far back.
                    for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                        Speaker previous = previousSpeakers.get(k);
                        if (organisationOnly ? isOrganisation(previous) : isCollective(previous)) {
                            return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                        }
                    }
                    // "First Interstate Bancorp, which ..., filed for an offering. Proceeds ..., it said": no one spoke
                    // before, so the organisation that was the subject of a sentence just before.
                    Speaker subject = organisationOnly ? nearestOrganisation(mention.start(), mention) : null;
                    return subject != null ? subject : new Speaker(pronoun, SpeakerKind.UNNAMED, null, mention);
                }
                case "you" -> {
                    // The listener or anyone at all, never someone the text introduced.
                    return new Speaker(pronoun, SpeakerKind.UNNAMED, null, mention);
                }
                default -> {
                    for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                        Speaker previous = previousSpeakers.get(k);
                        // "we" may also be a group that spoke before.
                        boolean collective = isOrganisation(previous) || pronoun.equals("we") && isCollective(previous);
                        boolean onePerson = previous.kind() == SpeakerKind.PERSON && !previous.name().contains(" and ");
                        if (collective || pronoun.equals("i") && onePerson) {
                            return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                        }
                    }
                    return new Speaker(pronoun, SpeakerKind.UNNAMED, null, mention);
                }
            }
        }

        private static boolean isOrganisation(Speaker speaker) {
            return speaker.kind() == SpeakerKind.ORGANIZATION || speaker.kind() == SpeakerKind.GOVERNMENT;
        }

        /** A speaker "they" can stand for: an organisation, a government, several people or a group ("officials"). */
        private boolean isCollective(Speaker speaker) {
            String name = speaker.name();
            return switch (speaker.kind()) {
                case ORGANIZATION, GOVERNMENT -> true;
                case PERSON -> name.contains(" and ");
                case UNNAMED -> !Phrases.isPronoun(name)
                        && isGroupWord(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT), false);
            };
        }

        /**
         * What "they" stands for: the group, the organisation or the people joined by "and" ("Iran and Russia", "Senate
         * Democrats", "the company's lawyers") that the last few narrative sentences are most about. A clause's subject
         * counts more than an object, a recent sentence more than an earlier one, a claim's speaker most; nothing inside
         * a quote counts, as "they" there is the speaker's own "they". For "it", only organisations and documents.
         */
        private Speaker collectiveAntecedent(int at, boolean organisationOnly, boolean peopleOnly) {
            int pronoun = tokens.firstEndingAfter(at);
            int sentence = doc.sentenceAt(at);
            Speaker best = null;
            double bestScore = 0;
            for (int s = sentence; s >= 0; s--) {
                int distance = narrativeDistance(s, sentence);
                if (distance > PLURAL_WINDOW) {
                    break;
                }
                com.claimwire.analysis.text.Sentence current = doc.sentences().get(s);
                int end = s == sentence ? Math.min(pronoun, current.endToken()) : current.endToken();
                double decay = Math.pow(0.5, distance);
                for (int t = current.firstToken(); t < end; t++) {
                    double factor = claimFactor(tokens.start(t));
                    if (factor == INSIDE_QUOTE || !tokens.isWord(t)) {
                        continue;
                    }
                    Candidate candidate = !organisationOnly ? groupAt(t, current.firstToken(), end)
                            : tokens.isCapitalized(t) ? organisationAt(t, end) : documentAt(t, current.firstToken());
                    if (candidate == null) {
                        continue;
                    }
                    if (peopleOnly && isOrganisation(candidate.speaker())) {
                        t = candidate.end() - 1;
                        continue;
                    }
                    double score = candidate.weight() * decay * factor * position(candidate, current.firstToken());
                    if (score >= bestScore && score >= MIN_GROUP_SCORE) {
                        best = candidate.speaker();
                        bestScore = score;
                    }
                    t = candidate.end() - 1;
                }
            }
            for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                Speaker previous = previousSpeakers.get(k);
                if (previous.mention() == null || previous.mention().start() >= at) {
                    continue;
                }
                int distance = narrativeDistance(doc.sentenceAt(previous.mention().start()), sentence);
                if (distance > PLURAL_WINDOW) {
                    break;
                }
                // "Bonn intends ..., diplomats said. They added": at equal distance, "they" is people more than one body.
                double plurality = !organisationOnly && isOrganisation(previous) ? SINGLE_BODY_SHARE : 1;
                double score = SPEAKER_GROUP_WEIGHT * Math.pow(0.5, distance) * plurality;
                boolean fits = organisationOnly ? isOrganisation(previous) : isCollective(previous) && !(peopleOnly && isOrganisation(previous));
                if (fits && score > bestScore) {
                    best = previous;
                    bestScore = score;
                }
            }
            return best;
        }

        private record Candidate(Speaker speaker, int first, int end, double weight) {
        }

        /**
         * An organisation the recogniser found starting at token {@code t}, or null; not one named only as a modifier
         * ("the Republican nomination", "a Democratic convention").
         */
        private Candidate organisationAt(int t, int end) {
            EntityMention entity = tokens.isCapitalized(t) ? entityAt(tokens.start(t)) : null;
            if (entity == null || entity.start() != tokens.start(t) || entity.kind() != EntityKind.ORGANIZATION) {
                return null;
            }
            int last = tokens.firstEndingAfter(entity.end() - 1);
            int next = last + 1;
            if (last == t && next < tokens.size() && tokens.isWord(next) && !tokens.isCapitalized(next) && !isVerbAfterName(next)
                    && !SUBJECT_VERBS.contains(tokens.lower(next)) && !GROUP_VERBS.contains(tokens.lower(next))
                    && !tokens.lower(next).endsWith("s")) {
                return null;
            }
            return new Candidate(new Speaker(entity.canonicalName(), SpeakerKind.ORGANIZATION, null, null), t,
                    Math.min(end, last + 1), ORGANISATION_GROUP_WEIGHT);
        }

        /** "The memo", "Thursday's report from the panel": a document that "it said" can stand for. */
        private Candidate documentAt(int t, int sentenceStart) {
            if (!DOCUMENT_NOUNS.contains(tokens.lower(t)) || t == sentenceStart) {
                return null;
            }
            int first = t;
            while (first - 1 >= sentenceStart && t - first < 3 && isDocumentModifier(first - 1)) {
                first--;
            }
            boolean determined = first - 1 >= sentenceStart && tokens.isWord(first - 1)
                    && (Phrases.DETERMINERS.contains(tokens.lower(first - 1)) || possessive(first - 1));
            return determined ? group(first, t + 1) : null;
        }

        /** "Thursday's" and "staff" in "Thursday's staff letter"; not "the", "in" or "said". */
        private boolean isDocumentModifier(int t) {
            if (!tokens.isWord(t)) {
                return false;
            }
            String word = tokens.lower(t);
            return !Phrases.DETERMINERS.contains(word) && !Phrases.PREPOSITIONS.contains(word) && !CLAUSE_OPENERS.contains(word)
                    && !SENTENCE_OPENERS.contains(word) && !lexicon.isVerbCue(word);
        }

        /** A group, an organisation or a conjunction of named referents starting at token {@code t}, or null. */
        private Candidate groupAt(int t, int sentenceStart, int end) {
            if (tokens.isCapitalized(t)) {
                Candidate joined = conjunctionAt(t, end);
                if (joined != null) {
                    return joined;
                }
                Candidate organisation = organisationAt(t, end);
                if (organisation != null) {
                    int last = organisation.end() - 1;
                    // "the Sanders campaign's lawyers": the group the organisation owns, not the organisation.
                    if (last + 1 < end && isGroupWord(tokens.lower(last + 1), tokens.isCapitalized(last + 1))) {
                        return group(t, last + 2);
                    }
                    return organisation;
                }
            }
            if (isGroupWord(tokens.lower(t), tokens.isCapitalized(t)) && !(t + 1 < end && tokens.isWord(t + 1)
                    && isGroupWord(tokens.lower(t + 1), tokens.isCapitalized(t + 1))) && !possessive(t)) {
                int first = t;
                while (first - 1 >= sentenceStart && t - first < 3 && isGroupModifier(first - 1)) {
                    first--;
                }
                return group(first, t + 1);
            }
            return null;
        }

        private Candidate group(int first, int end) {
            String name = text(first, end);
            return new Candidate(new Speaker(name, SpeakerKind.UNNAMED, name, null), first, end, 1);
        }

        /** "Senate" in "Senate Democrats", "senior administration" in "senior administration officials", "U.S.". */
        private boolean isGroupModifier(int t) {
            if (tokens.is(t, '.')) {
                return t > 0 && tokens.isCapitalized(t - 1) && tokens.end(t - 1) - tokens.start(t - 1) == 1;
            }
            if (!tokens.isWord(t)) {
                return false;
            }
            String word = tokens.lower(t);
            if (Phrases.DETERMINERS.contains(word) || SENTENCE_OPENERS.contains(word) || CLAUSE_OPENERS.contains(word)
                    || Phrases.PREPOSITIONS.contains(word) || Phrases.isPronoun(word)) {
                return false;
            }
            return tokens.isCapitalized(t) || GROUP_MODIFIERS.contains(word);
        }

        /** "Iran and Russia", "Trump and Lewandowski": two named referents joined by "and", each already known. */
        private Candidate conjunctionAt(int first, int end) {
            int leftEnd = capitalisedRunEnd(first, end);
            if (leftEnd >= end - 1 || !tokens.isWord(leftEnd, "and") || !tokens.isCapitalized(leftEnd + 1)) {
                return null;
            }
            int rightEnd = capitalisedRunEnd(leftEnd + 1, end);
            Speaker left = knownReferent(first, leftEnd);
            Speaker right = knownReferent(leftEnd + 1, rightEnd);
            if (left == null || right == null) {
                return null;
            }
            SpeakerKind kind = left.kind() == right.kind() ? left.kind() : SpeakerKind.ORGANIZATION;
            return new Candidate(new Speaker(left.name() + " and " + right.name(), kind, null, null), first, rightEnd, 1);
        }

        private int capitalisedRunEnd(int first, int end) {
            int t = first;
            while (t < end && t - first < MAX_NAME_WORDS && tokens.isWord(t) && tokens.isCapitalized(t)) {
                t++;
            }
            return t;
        }

        /** A country, an organisation or a person the text has named, by a name the recogniser or the people know. */
        private Speaker knownReferent(int first, int end) {
            if (first >= end) {
                return null;
            }
            EntityMention entity = entityAt(tokens.start(first));
            if (entity != null && entity.kind() != EntityKind.PERSON && entity.end() >= tokens.end(end - 1)) {
                return new Speaker(entity.canonicalName(), kindOf(entity.kind()), null, null);
            }
            String name = withoutPossessive(text(first, end));
            Person person = known(surname(first, end), name, null, tokens.start(first));
            return person == null ? null : new Speaker(person.fullName, SpeakerKind.PERSON, null, null);
        }

        /** A subject counts in full, an object less, the object of a preposition ("the experience of workers") least. */
        private double position(Candidate candidate, int sentenceStart) {
            if (isSubject(candidate.first(), candidate.end(), sentenceStart)) {
                return 1;
            }
            int before = candidate.first() - 1;
            while (before >= sentenceStart && tokens.isWord(before) && Phrases.DETERMINERS.contains(tokens.lower(before))) {
                before--;
            }
            return before >= sentenceStart && tokens.isWord(before) && Phrases.PREPOSITIONS.contains(tokens.lower(before))
                    ? PREPOSITION_OBJECT_SHARE : OBJECT_SHARE;
        }

        /**
         * A clause's subject: the sentence opens with it, a conjunction or a comma comes right before it, or a verb
         * of saying or an auxiliary right after ("officials said", "Democrats have").
         */
        private boolean isSubject(int first, int end, int sentenceStart) {
            int before = first - 1;
            while (before >= sentenceStart && tokens.isWord(before) && Phrases.DETERMINERS.contains(tokens.lower(before))) {
                before--;
            }
            if (before < sentenceStart || !tokens.isWord(before) && !tokens.is(before, '(') && !tokens.is(before, '-')) {
                return true;
            }
            String word = tokens.lower(before);
            if (CLAUSE_OPENERS.contains(word) || SENTENCE_OPENERS.contains(word)) {
                return true;
            }
            return end < tokens.size() && tokens.isWord(end) && (SUBJECT_VERBS.contains(tokens.lower(end))
                    || lexicon.isVerbCue(tokens.lower(end)) || GROUP_VERBS.contains(tokens.lower(end)));
        }

        /** A word that may stand before a noun inside its phrase: not a function word, a verb of saying or a name. */
        private boolean isNounModifier(int t) {
            if (!tokens.isWord(t) || tokens.isCapitalized(t) && !isGroupModifier(t)) {
                return false;
            }
            String word = tokens.lower(t);
            return !Phrases.DETERMINERS.contains(word) && !Phrases.PREPOSITIONS.contains(word) && !Phrases.isPronoun(word)
                    && !CLAUSE_OPENERS.contains(word) && !SENTENCE_OPENERS.contains(word) && !lexicon.isVerbCue(word)
                    && !SUBJECT_VERBS.contains(word) && !GROUP_VERBS.contains(word);
        }

        private boolean isPluralNoun(String word) {
            return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s")
                    && !Phrases.isPronoun(word) && !Phrases.DETERMINERS.contains(word) && !Phrases.PREPOSITIONS.contains(word);
        }

        /** A plural noun for people who can speak together: "officials", "Republicans", "lawmakers", "Democrats". */
        private boolean isGroupWord(String word, boolean capitalised) {
            if (GROUP_NOUNS.contains(word)) {
                return true;
            }
            if (word.endsWith("ss") || !word.endsWith("s")) {
                return false;
            }
            // "institutes", "agencies", "ministries": several organisations speak together too.
            String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
            return lexicon.isSourceNoun(word) || capitalised && (word.endsWith("ans") || word.endsWith("ists"))
                    || lexicon.isOrganisationRoleNoun(singular) || GENERIC_ORGANISATION_NOUNS.contains(singular);
        }

        /**
         * The most recent person speaker of this gender; one whose gender is unknown only when no recent one is
         * known to match.
         */
        private Person recentSpeaker(ClaimsLexicon.Gender gender) {
            List<Person> candidates = new ArrayList<>();
            for (int k = previousPersonSpeakers.size() - 1; k >= 0 && candidates.size() < RECENT; k--) {
                candidates.add(previousPersonSpeakers.get(k));
            }
            return bestByGender(candidates, gender);
        }

        private Person recentMention(int before, ClaimsLexicon.Gender gender) {
            List<Person> candidates = new ArrayList<>();
            for (int k = personMentions.size() - 1; k >= 0 && candidates.size() < RECENT; k--) {
                if (personMentions.get(k).at() < before) {
                    candidates.add(personMentions.get(k).person());
                }
            }
            return bestByGender(candidates, gender);
        }

        private Person bestByGender(List<Person> mostRecentFirst, ClaimsLexicon.Gender gender) {
            if (gender == null) {
                return mostRecentFirst.isEmpty() ? null : mostRecentFirst.get(0);
            }
            for (Person person : mostRecentFirst) {
                if (likelyGender(person) == gender) {
                    return person;
                }
            }
            for (Person person : mostRecentFirst) {
                if (likelyGender(person) == null) {
                    return person;
                }
            }
            return null;
        }

        /**
         * The person (or unnamed source) the text is most about just before {@code at}: every mention in the last few
         * sentences adds to its referent's salience, halved for each sentence back, more for speakers and sentence
         * subjects, less for people named inside a claim; a referent of the wrong gender is no candidate.
         *
         * @param admissible which people may be chosen; {@code null} for anyone, and then unnamed sources too
         */
        private Object salient(int at, ClaimsLexicon.Gender gender, java.util.function.Predicate<Person> admissible) {
            Map<Object, Double> scores = scoreboard();
            accumulateAll(at, gender, admissible, scores);
            Object best = null;
            double bestScore = 0;
            for (Map.Entry<Object, Double> entry : scores.entrySet()) {
                if (entry.getValue() >= bestScore && entry.getValue() > 0) {
                    best = entry.getKey();
                    bestScore = entry.getValue();
                }
            }
            return best;
        }

        /** The most salient person, only when clearly ahead of the next: a bare description must not guess. */
        private Person dominant(int at, java.util.function.Predicate<Person> admissible) {
            Map<Object, Double> scores = scoreboard();
            accumulateAll(at, null, admissible, scores);
            Object best = null;
            double first = 0;
            double second = 0;
            for (Map.Entry<Object, Double> entry : scores.entrySet()) {
                if (entry.getValue() > first) {
                    second = first;
                    first = entry.getValue();
                    best = entry.getKey();
                } else if (entry.getValue() > second) {
                    second = entry.getValue();
                }
            }
            return best instanceof Person person && first >= DOMINANCE * second ? person : null;
        }

        /**
         * Referents in the order first scored, which is most recent mention first, so that equal scores go the same way
         * on every run (an identity map's order changes with unrelated allocations): to the one named first, usually
         * the subject ("Biden rubbished Trump's claim"); read by hand on PolNeAR train, that was right 6 times to 2.
         */
        private static Map<Object, Double> scoreboard() {
            return new java.util.LinkedHashMap<>();
        }

        private void accumulateAll(int at, ClaimsLexicon.Gender gender, java.util.function.Predicate<Person> admissible,
                Map<Object, Double> scores) {
            int sentence = doc.sentenceAt(at);
            accumulate(personMentions, lastBefore(personMentions, Seen::at, at), at, sentence, gender, admissible, scores);
            accumulate(pronounMentions, lastBefore(pronounMentions, Seen::at, at), at, sentence, gender, admissible, scores);
            accumulate(speakerMentions, speakerMentions.size() - 1, at, sentence, gender, admissible, scores);
        }

        private void accumulate(List<Seen> mentions, int from, int at, int sentence, ClaimsLexicon.Gender gender,
                java.util.function.Predicate<Person> admissible, Map<Object, Double> scores) {
            for (int k = from; k >= 0; k--) {
                Seen seen = mentions.get(k);
                if (seen.at() >= at) {
                    continue;
                }
                int distance = narrativeDistance(seen.sentence(), sentence);
                if (distance > SALIENCE_WINDOW) {
                    break;
                }
                Person person = seen.person();
                if (person == null ? admissible != null : admissible != null && !admissible.test(person)) {
                    continue;
                }
                ClaimsLexicon.Gender known = person == null ? genderOfDescription(((Speaker) seen.referent()).name())
                        : likelyGender(person);
                if (gender != null && known != null && known != gender) {
                    continue;
                }
                double weight = seen.weight() * Math.pow(0.5, Math.max(0, distance)) * claimFactor(seen.at())
                        * (gender != null && known == null ? UNKNOWN_GENDER : 1);
                scores.merge(seen.referent(), weight, SpeakerResolver::combine);
            }
        }

        /**
         * Sentences between two, not counting those wholly inside a quote: a long quote does not push its speaker out
         * of reach of the "he said" after it.
         */
        private int narrativeDistance(int from, int to) {
            if (narrative.length == 0) {
                return to - from;
            }
            return narrative[Math.min(to, narrative.length - 1)] - narrative[Math.min(from, narrative.length - 1)];
        }

        /** {@code narrative[s]}: how many sentences before sentence {@code s} are not wholly inside a quote. */
        private int[] narrativeIndex() {
            List<com.claimwire.analysis.text.Sentence> sentences = doc.sentences();
            int[] index = new int[sentences.size() + 1];
            for (int s = 0; s < sentences.size(); s++) {
                com.claimwire.analysis.text.Sentence sentence = sentences.get(s);
                index[s + 1] = index[s] + (isQuoted(sentence.start(), sentence.end()) ? 0 : 1);
            }
            return index;
        }

        private boolean isQuoted(int start, int end) {
            Attribution content = contentAt(Math.min(end - 1, start + 2));
            return content != null && content.direct() && end <= content.end() + 2;
        }

        /**
         * "He did not mention Rubio. He asked them ...": a sentence that opens with "he" or "she" outside quotes is
         * about the person most salient there, who thereby stays salient for the pronouns that follow.
         */
        private void followPronounSubjects() {
            for (com.claimwire.analysis.text.Sentence sentence : doc.sentences()) {
                int t = sentence.firstToken();
                // "But he ...", "Though he did not name them, he ...": the pronoun is still the sentence's subject.
                while (t < sentence.endToken() && (!tokens.isWord(t) || SENTENCE_OPENERS.contains(tokens.lower(t))
                        || CLAUSE_OPENERS.contains(tokens.lower(t)))) {
                    t++;
                }
                if (t >= sentence.endToken() || !(tokens.isWord(t, "he") || tokens.isWord(t, "she"))
                        || claimFactor(tokens.start(t)) == INSIDE_QUOTE) {
                    continue;
                }
                ClaimsLexicon.Gender gender = tokens.isWord(t, "he") ? ClaimsLexicon.Gender.MALE : ClaimsLexicon.Gender.FEMALE;
                if (salient(tokens.start(t), gender, candidate -> true) instanceof Person person) {
                    pronounMentions.add(new Seen(person, tokens.start(t), doc.sentenceOf(t), NAME_WEIGHT));
                }
            }
        }

        /** People named inside a quote or a reported claim are what is claimed about, rarely who claims it. */
        private double claimFactor(int at) {
            Attribution content = contentAt(at);
            return content == null ? 1 : content.direct() ? INSIDE_QUOTE : INSIDE_REPORTED_CLAIM;
        }

        private Attribution contentAt(int at) {
            int lo = lastBefore(contents, Attribution::start, at + 1) + 1;
            for (int k = lo - 1; k >= 0 && k >= lo - 4; k--) {
                Attribution content = contents.get(k);
                if (at < content.end()) {
                    return content;
                }
            }
            return null;
        }

        private Speaker personSpeaker(Person person, TextSpan mention) {
            speakerMentions.add(new Seen(person, mention.start(), doc.sentenceAt(mention.start()), SPEAKER_WEIGHT));
            previousPersonSpeakers.add(person);
            return new Speaker(person.fullName, SpeakerKind.PERSON, person.role, mention);
        }

        /** "the Iranian foreign minister", "his Ukrainian counterpart", "a US official", "the campaign". */
        private Speaker description(int first, int end, TextSpan mention) {
            int headEnd = end;
            for (int t = first + 1; t < end; t++) {
                // "the Vermont senator and Democratic candidate": the first title is the head as much as the last.
                if (tokens.isWord(t, "for") || tokens.isWord(t, "of") || tokens.isWord(t, "at") || tokens.isWord(t, "from")
                        || tokens.isWord(t, "and")) {
                    headEnd = t;
                    break;
                }
            }
            String head = withoutPossessive(tokens.lower(headEnd - 1));
            String determiner = tokens.lower(first);
            boolean definite = determiner.equals("the") || determiner.equals("his") || determiner.equals("her")
                    || determiner.equals("their") || determiner.equals("its") || determiner.endsWith("'s");
            int descriptionStart = Phrases.DETERMINERS.contains(determiner) ? first + 1 : first;
            // "The mayor's claim that ...": the mayor.
            String description = withoutPossessive(descriptionStart < end ? text(descriptionStart, end) : mention.text());
            Speaker publisher = publisherOfData(descriptionStart, end, mention);
            if (publisher != null) {
                return publisher;
            }
            if (determiner.equals("the") && isPartisanDescription(first + 1, end)) {
                // "the Republican said", "the Wisconsin Republican": the person the text is about, whatever office they hold.
                Person about = dominant(mention.start(), candidate -> true);
                return about != null ? personSpeaker(about, mention) : new Speaker(description, SpeakerKind.UNNAMED, description, mention);
            }
            // "Greenberg's research suggests": the person introduced earlier by full name, not a company or a month.
            if (headEnd == end && PERSONAL_WORKS.contains(head) && tokens.isCapitalized(first) && possessive(first)
                    && tokens.lower(first).endsWith("'s")) {
                Speaker owner = named(first, first + 1, mention);
                if (owner.kind() == SpeakerKind.PERSON && owner.name().indexOf(' ') > 0) {
                    return owner;
                }
            }
            if (headEnd == end && OWNED_MEDIA.contains(head)) {
                Speaker owner = ownerOfMedium(first, determiner, mention);
                if (owner != null) {
                    return owner;
                }
                // "the French statement", "a White House statement": the government it comes from.
                for (int t = descriptionStart; t < headEnd - 1; t++) {
                    EntityMention entity = tokens.isCapitalized(t) ? entityAt(tokens.start(t)) : null;
                    if (entity != null && entity.kind() == EntityKind.COUNTRY) {
                        return new Speaker(entity.canonicalName(), SpeakerKind.GOVERNMENT, null, mention);
                    }
                }
            }
            if (lexicon.isPersonRoleNoun(head) || lexicon.isSourceNoun(head) && definite && !head.endsWith("s")) {
                Person person = definite ? byRole(first, headEnd, mention.start()) : null;
                if (person != null) {
                    return personSpeaker(person, mention);
                }
                // "the attorney general" is a post-positive title of its own, not any general.
                boolean compoundTitle = head.equals("general") && headEnd - 2 > first && tokens.isWord(headEnd - 2)
                        && !tokens.isCapitalized(headEnd - 2);
                // "his wife", "her lawyer": someone else than the man or woman the text is about.
                boolean possessed = !determiner.equals("the");
                if (definite && lexicon.isPersonRoleNoun(head) && !compoundTitle && !possessed) {
                    // "the former secretary": the person the text is about, unless that person holds another role.
                    Person about = dominant(mention.start(), candidate -> candidate.role == null);
                    if (about != null) {
                        return personSpeaker(about, mention);
                    }
                }
                if (definite) {
                    // "a spokesman for the Central Bank said ... the spokesman added": the same spokesman, of the same bank.
                    boolean bare = end - descriptionStart == 1;
                    for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                        Speaker previous = previousSpeakers.get(k);
                        if (previous.kind() == SpeakerKind.UNNAMED && (previous.name().toLowerCase(Locale.ROOT).endsWith(head)
                                || bare && head.equals(descriptionHead(previous.name())))) {
                            return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                        }
                    }
                }
            }
            if (determiner.equals("the") && headEnd == end && lexicon.isSourceNoun(head) && head.endsWith("s")) {
                // "U.S. officials said ... The officials added": the group that spoke before.
                for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                    Speaker previous = previousSpeakers.get(k);
                    if (previous.kind() == SpeakerKind.UNNAMED && previous.name().toLowerCase(Locale.ROOT).endsWith(" " + head)) {
                        return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                    }
                }
                Speaker group = collectiveAntecedent(mention.start(), false, true);
                if (group != null && group.kind() == SpeakerKind.UNNAMED && group.name().toLowerCase(Locale.ROOT).endsWith(" " + head)) {
                    return new Speaker(group.name(), group.kind(), group.role(), mention);
                }
            }
            if (lexicon.isOrganisationRoleNoun(head) || GENERIC_ORGANISATION_NOUNS.contains(head)
                    || definite && COMPANY_NOUNS.contains(head)) {
                // "a Baton Rouge newspaper" is one of a place's newspapers, not one named "Baton Rouge".
                boolean indefinite = determiner.equals("a") || determiner.equals("an");
                String outlet = headEnd == end && OUTLET_NOUNS.contains(head) && !indefinite ? nameBeforeOutletNoun(descriptionStart, headEnd - 1) : null;
                if (outlet != null) {
                    return canonical(outlet).map(entity -> new Speaker(entity.canonicalName(), kindOf(entity.kind()), null, mention))
                            .orElseGet(() -> new Speaker(outlet, SpeakerKind.ORGANIZATION, null, mention));
                }
                Speaker antecedent = definite ? organisationAntecedent(head, first, mention) : null;
                Speaker owned = headEnd - first == 2 ? ownedOrganisation(determiner, head, mention) : null;
                // "Trump's campaign": the campaign of the man it names, whichever campaign the text named last.
                if (headEnd - first == 2 && OWNED_ORGANISATIONS.contains(head) && tokens.isCapitalized(first) && possessive(first)
                        && tokens.lower(first).endsWith("'s")) {
                    return new Speaker(withoutPossessive(text(first, first + 1)) + " " + head, SpeakerKind.ORGANIZATION, null, mention);
                }
                // "the Sanders campaign ... his campaign": a name the text just used beats a guess at whose it is.
                if (owned != null && (antecedent == null || !recentlyNamed(antecedent.name(), first))) {
                    return owned;
                }
                if (antecedent != null && !namesOtherThan(descriptionStart, headEnd - 1, antecedent.name())) {
                    return antecedent;
                }
                Optional<EntityMention> entity = canonical(description);
                if (entity.isPresent()) {
                    return new Speaker(entity.get().canonicalName(), kindOf(entity.get().kind()), null, mention);
                }
                Speaker institution = determiner.equals("the") && headEnd == end && INSTITUTION_NOUNS.contains(head)
                        ? namedInstitution(head, first, mention) : null;
                if (institution != null) {
                    return institution;
                }
                return new Speaker(description, SpeakerKind.ORGANIZATION, null, mention);
            }
            // "Alcan said ... A spokesman said", "a company spokeswoman": the spokesman of the organisation the text is about.
            if (headEnd == end && SPOKESPERSON_NOUNS.contains(head) && (determiner.equals("a") || determiner.equals("an"))
                    && onlyCompanyNouns(descriptionStart, headEnd - 1)) {
                Speaker organisation = nearestOrganisation(mention.start(), mention);
                if (organisation == null || organisation.kind() != SpeakerKind.ORGANIZATION || !isKnownOrganisation(organisation.name())) {
                    organisation = companyOpeningSentence(mention.start(), mention);
                }
                if (organisation != null && organisation.kind() == SpeakerKind.ORGANIZATION && isKnownOrganisation(organisation.name())) {
                    String role = head + " for " + organisation.name();
                    return new Speaker(role, SpeakerKind.UNNAMED, role, mention);
                }
            }
            if (headEnd == end && (DOCUMENT_NOUNS.contains(head) || ISSUED_PAPERS.contains(head))) {
                // "A High Command communique said": the body whose name stands before the document.
                Speaker issuer = nameBeforeDocument(headEnd - 1, descriptionStart, mention);
                if (issuer == null && determiner.equals("the")) {
                    // "Jones filed an affidavit ... The affidavit said": whoever the text says issued it.
                    issuer = documentIssuer(head, first, mention);
                }
                if (issuer != null) {
                    return issuer;
                }
            }
            if (headEnd == end && determiner.equals("the")) {
                // "the New York Mercantile Exchange ... the exchange": the institution named with that noun before.
                Speaker institution = INSTITUTION_NOUNS.contains(head) ? namedInstitution(head, first, mention) : null;
                if (institution != null) {
                    return institution;
                }
                // "Baker Corp and Hughes Co said ... The companies said": the organisations that spoke together.
                if (head.endsWith("s") && COMPANY_NOUNS.contains(head.substring(0, head.length() - 1).replaceAll("ie$", "y"))) {
                    for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                        Speaker previous = previousSpeakers.get(k);
                        // Not a list cut inside a name ("Inc and Allied Stores"): it opens with a name of its own.
                        if (previous.kind() == SpeakerKind.ORGANIZATION && previous.name().contains(" and ")
                                && Character.isUpperCase(previous.name().charAt(0))
                                && !COMPANY_SUFFIX.matcher(previous.name().split(" ")[0]).find()) {
                            return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                        }
                    }
                }
            }
            return new Speaker(description, SpeakerKind.UNNAMED, description, mention);
        }

        /**
         * The issuer of the document named last by {@code head} before token {@code before}, as the text gives it: a name
         * before the document ("a Pentagon memo"), after "from" or "by" ("a letter from Smith", "an affidavit filed by
         * Jones"), the speaker it was said in ("Exxon said in a letter") or the subject that issued it ("Jones filed an
         * affidavit"); null when the text does not say.
         */
        private Speaker documentIssuer(String head, int before, TextSpan mention) {
            for (int t = before - 1; t >= Math.max(0, before - ANTECEDENT_TOKENS); t--) {
                if (!tokens.isWord(t) || !tokens.lower(t).equals(head)) {
                    continue;
                }
                Speaker named = nameBeforeDocument(t, 0, mention);
                if (named != null) {
                    return named;
                }
                for (int k = t + 1; k < Math.min(tokens.size() - 1, t + 4) && tokens.isWord(k); k++) {
                    // "obtained by Reuters" names who has the paper, "filed by Jones" who issued it.
                    if (tokens.isWord(k, "from") || tokens.isWord(k, "by") && ISSUING_VERBS.contains(tokens.lower(k - 1))) {
                        int nameStart = tokens.isWord(k + 1, "the") ? k + 2 : k + 1;
                        int nameEnd = capitalisedRunEnd(nameStart, tokens.size());
                        return nameEnd > nameStart ? issuerNamed(nameStart, nameEnd, mention) : null;
                    }
                }
                if (issuedBySpeaker(t)) {
                    Speaker issuer = speakerAround(tokens.start(t));
                    return issuer == null ? null : new Speaker(issuer.name(), issuer.kind(), issuer.role(), mention);
                }
                int verb = t - 1;
                while (verb > 0 && tokens.isWord(verb) && (Phrases.DETERMINERS.contains(tokens.lower(verb)) || !tokens.isCapitalized(verb)
                        && !ISSUING_VERBS.contains(tokens.lower(verb)) && t - verb < 3)) {
                    verb--;
                }
                if (verb > 0 && tokens.isWord(verb) && ISSUING_VERBS.contains(tokens.lower(verb))) {
                    int subjectEnd = verb;
                    while (subjectEnd > 0 && tokens.isWord(subjectEnd - 1) && !tokens.isCapitalized(subjectEnd - 1)
                            && verb - subjectEnd < 2) {
                        subjectEnd--;
                    }
                    int subjectStart = subjectEnd;
                    while (subjectStart > 0 && subjectEnd - subjectStart < MAX_NAME_WORDS && tokens.isWord(subjectStart - 1)
                            && tokens.isCapitalized(subjectStart - 1)) {
                        subjectStart--;
                    }
                    if (tokens.isWord(subjectStart) && Phrases.DETERMINERS.contains(tokens.lower(subjectStart))) {
                        subjectStart++;
                    }
                    return subjectStart < subjectEnd ? issuerNamed(subjectStart, subjectEnd, mention) : null;
                }
                // "The measure would ... The measure says": an earlier "the measure" is the same paper, named further back.
                if (t == 0 || !tokens.isWord(t - 1, "the")) {
                    return null;
                }
            }
            return null;
        }

        /** The capitalised name that ends right before the document noun at {@code document} ("a High Command communique"). */
        private Speaker nameBeforeDocument(int document, int floor, TextSpan mention) {
            int start = document;
            while (start > floor && document - start < MAX_NAME_WORDS && tokens.isWord(start - 1) && tokens.isCapitalized(start - 1)
                    && !Phrases.DETERMINERS.contains(tokens.lower(start - 1)) && !Phrases.isCapitalisedNonName(tokens.lower(start - 1))
                    && !Phrases.isOpeningConjunction(tokens.lower(start - 1))) {
                start--;
            }
            return start < document ? issuerNamed(start, document, mention) : null;
        }

        /** The speaker a capitalised name stands for, unless it only tells a people or place ("a French communique"). */
        private Speaker issuerNamed(int first, int end, TextSpan mention) {
            if (end - first == 1 && DEMONYM_ENDING.matcher(tokens.lower(first)).find() && canonical(text(first, end)).isEmpty()) {
                return null;
            }
            Speaker named = named(first, end, mention);
            String bare = withoutPossessive(text(first, end));
            if (named.kind() == SpeakerKind.PERSON && (end - first > 1 || bare.equals(bare.toUpperCase(Locale.ROOT))) && !hasGivenName(first, end)
                    && !hasTitle(first, end)) {
                // "a High Command communique", "POLITICO's analysis": capitalised words with no given name or title, or
                // one in capitals, name a body.
                return new Speaker(named.name(), SpeakerKind.ORGANIZATION, null, mention);
            }
            return named.kind() == SpeakerKind.UNNAMED ? null : named;
        }

        /**
         * "the New York Mercantile Exchange ... the exchange", "the New England Journal of Medicine ... the magazine": the
         * last capitalised name before {@code before} of which the head noun is a word, or null.
         */
        private Speaker namedInstitution(String head, int before, TextSpan mention) {
            Set<String> heads = INSTITUTION_SYNONYMS.getOrDefault(head, Set.of(head));
            for (int t = before - 1; t >= Math.max(0, before - ANTECEDENT_TOKENS); t--) {
                if (!tokens.isWord(t) || !tokens.isCapitalized(t) || !heads.contains(tokens.lower(t))) {
                    continue;
                }
                int start = t;
                while (start > 0 && t - start < 4 && tokens.isWord(start - 1) && tokens.isCapitalized(start - 1)
                        && !Phrases.DETERMINERS.contains(tokens.lower(start - 1)) && !Phrases.isCapitalisedNonName(tokens.lower(start - 1))
                        && !Phrases.isOpeningConjunction(tokens.lower(start - 1))) {
                    start--;
                }
                int end = t + 1;
                if (end + 1 < tokens.size() && tokens.isWord(end, "of") && tokens.isWord(end + 1) && tokens.isCapitalized(end + 1)) {
                    end = capitalisedRunEnd(end + 1, tokens.size());
                }
                if (end - start < 2) {
                    continue;
                }
                String name = text(start, end);
                Optional<EntityMention> known = canonical(name);
                return known.isPresent() && known.get().kind() != EntityKind.PERSON
                        ? new Speaker(known.get().canonicalName(), kindOf(known.get().kind()), null, mention)
                        : new Speaker(name, SpeakerKind.ORGANIZATION, null, mention);
            }
            return null;
        }

        /**
         * "MTI" in "official MTI news agency": the capitalised name between lower-case modifiers and the outlet's lower-case
         * nouns; null when there is none or it is a country's ("the official Chinese news agency").
         */
        private String nameBeforeOutletNoun(int first, int outletNoun) {
            if (tokens.isCapitalized(outletNoun)) {
                return null;
            }
            int nameEnd = outletNoun;
            while (nameEnd > first && tokens.isWord(nameEnd - 1) && !tokens.isCapitalized(nameEnd - 1)) {
                nameEnd--;
            }
            int nameStart = nameEnd;
            while (nameStart > first && tokens.isWord(nameStart - 1) && tokens.isCapitalized(nameStart - 1)) {
                nameStart--;
            }
            for (int t = first; t < nameStart; t++) {
                if (!tokens.isWord(t) || tokens.isCapitalized(t)) {
                    return null;
                }
            }
            if (nameStart == nameEnd) {
                return null;
            }
            EntityMention entity = entityAt(tokens.start(nameStart));
            boolean country = entity != null && (entity.kind() == EntityKind.COUNTRY || entity.kind() == EntityKind.LOCATION)
                    || nameEnd - nameStart == 1 && DEMONYM_ENDING.matcher(tokens.lower(nameStart)).find();
            return country ? null : text(nameStart, nameEnd);
        }

        /**
         * "figures from the Labour Ministry", "the latest data released by the FBI": the organisation that published the
         * numbers; null when the description is no such phrase or names no organisation.
         */
        private Speaker publisherOfData(int first, int end, TextSpan mention) {
            for (int t = first; t < end; t++) {
                if (!tokens.isWord(t) || !DATA_NOUNS.contains(tokens.lower(t))) {
                    continue;
                }
                for (int p = t + 1; p < Math.min(end - 1, t + 4); p++) {
                    if (tokens.isWord(p, "from") || tokens.isWord(p, "by")) {
                        int source = tokens.isWord(p + 1, "the") ? p + 2 : p + 1;
                        if (source >= end || !tokens.isCapitalized(source)) {
                            return null;
                        }
                        Speaker publisher = classify(p + 1, end, mention);
                        return isOrganisation(publisher) ? publisher : null;
                    }
                }
                return null;
            }
            return null;
        }

        /**
         * "Fuji Photo Film Co Ltd will set up a subsidiary, a spokesman said": the company whose name opens the reported
         * sentence, before the mention, is the one its spokesman speaks for; null when no company opens it.
         */
        private Speaker companyOpeningSentence(int at, TextSpan mention) {
            int sentenceFirst = doc.sentences().get(doc.sentenceAt(at)).firstToken();
            if (sentenceFirst >= tokens.size() || tokens.start(sentenceFirst) >= at) {
                return null;
            }
            EntityMention entity = entityAt(tokens.start(sentenceFirst));
            if (entity == null || entity.kind() != EntityKind.ORGANIZATION || entity.end() > at
                    || !COMPANY_SUFFIX.matcher(doc.body().substring(entity.start(), entity.end())).find()) {
                return null;
            }
            return new Speaker(withWordsBefore(entity), SpeakerKind.ORGANIZATION, null, mention);
        }

        /** Nothing or "company" before "spokesman": not "a machinists spokesman", whose organisation the word names. */
        private boolean onlyCompanyNouns(int first, int end) {
            for (int t = first; t < end; t++) {
                if (!tokens.isWord(t) || !COMPANY_NOUNS.contains(tokens.lower(t))) {
                    return false;
                }
            }
            return true;
        }

        /** A company by its suffix, or an organisation the recogniser found: not words a sentence merely opens with. */
        private boolean isKnownOrganisation(String name) {
            // Not "Ltd" of "Sony (U.K.) Ltd": a suffix cut from its name names nobody.
            if (COMPANY_SUFFIX.matcher(name.split("\\s+")[0]).matches()) {
                return false;
            }
            return COMPANY_SUFFIX.matcher(name).find() || entities.stream()
                    .anyMatch(entity -> entity.kind() == EntityKind.ORGANIZATION && entity.canonicalName().equals(name));
        }

        /**
         * "according to its website", "his statement said", "Firestone's annual report": whoever owns the statement or
         * the channel speaks through it; null when the owner is not known.
         */
        private Speaker ownerOfMedium(int first, String determiner, TextSpan mention) {
            String subject = SUBJECT_FORMS.get(determiner);
            if (subject != null) {
                Speaker owner = pronoun(subject, mention);
                return owner.kind() == SpeakerKind.UNNAMED && owner.name().equals(subject) ? null : owner;
            }
            if (tokens.isCapitalized(first) && possessive(first) && tokens.lower(first).endsWith("'s")) {
                Speaker owner = named(first, first + 1, mention);
                return owner.kind() == SpeakerKind.UNNAMED ? null : owner;
            }
            return null;
        }

        /** The words of company names the recogniser found ("schlumberger" of "Schlumberger Ltd"), gathered once. */
        private Set<String> companyWords() {
            if (companyWords == null) {
                companyWords = new java.util.HashSet<>();
                for (EntityMention entity : entities) {
                    String[] words = entity.surface().toLowerCase(Locale.ROOT).split("\\s+");
                    // Not "Rick Martin of Sanford C. Bernstein Co Inc": a person's name run into the firm's.
                    if (entity.kind() == EntityKind.ORGANIZATION && COMPANY_SUFFIX.matcher(entity.surface()).find()
                            && words.length <= MAX_NAME_WORDS && !entity.surface().contains(" of ")) {
                        for (int w = 0; w < words.length - 1; w++) {
                            if (lexicon.genderOfFirstName(words[w]) == null) {
                                companyWords.add(words[w]);
                            }
                        }
                    }
                }
            }
            return companyWords;
        }

        /**
         * The capitalised name right before ", the ... company" when token {@code head} ends that description, or null:
         * "Mobil, the nation's second largest oil company,".
         */
        private Speaker nameBeforeDescription(int head) {
            if (head + 1 >= tokens.size() || !(tokens.is(head + 1, ',') || tokens.is(head + 1, '.'))) {
                return null;
            }
            int comma = head - 1;
            while (comma > 0 && head - comma < 8 && tokens.isWord(comma) && !Phrases.PREPOSITIONS.contains(tokens.lower(comma))) {
                comma--;
            }
            boolean described = comma > 0 && tokens.is(comma, ',') && comma + 1 < head
                    && (tokens.isWord(comma + 1, "the") || tokens.isWord(comma + 1, "a") || tokens.isWord(comma + 1, "an"));
            if (!described || !tokens.isWord(comma - 1) || !tokens.isCapitalized(comma - 1)) {
                return null;
            }
            int start = comma - 1;
            while (start > 0 && comma - start < MAX_NAME_WORDS && tokens.isWord(start - 1) && tokens.isCapitalized(start - 1)
                    && !Phrases.isCapitalisedNonName(tokens.lower(start - 1))) {
                start--;
            }
            // "Brian Fallon, the campaign's spokesman": a person's name is no company's.
            if (hasGivenName(start, comma) || bySurname.containsKey(tokens.lower(comma - 1))) {
                return null;
            }
            String name = text(start, comma);
            Optional<EntityMention> known = canonical(name);
            return known.isPresent() && known.get().kind() != EntityKind.PERSON
                    ? new Speaker(known.get().canonicalName(), kindOf(known.get().kind()), null, null)
                    : new Speaker(name, SpeakerKind.ORGANIZATION, null, null);
        }

        /** Whether the owner in a name such as "Sanders campaign" was named in the few narrative sentences before. */
        private boolean recentlyNamed(String name, int token) {
            String[] words = name.toLowerCase(Locale.ROOT).split(" ");
            if (words.length < 2) {
                return false;
            }
            String owner = withoutPossessive(words[words.length - 2]);
            int sentence = doc.sentenceOf(token);
            for (int t = token - 1; t >= 0 && narrativeDistance(doc.sentenceOf(t), sentence) <= PLURAL_WINDOW; t--) {
                if (tokens.isWord(t) && withoutPossessive(tokens.lower(t)).equals(owner)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "his campaign", "her team": the organisation of the man or woman the text is about just then, named by their
         * surname ("Drummond campaign"), as newsrooms name it.
         */
        private Speaker ownedOrganisation(String determiner, String head, TextSpan mention) {
            if (!OWNED_ORGANISATIONS.contains(head) || !(determiner.equals("his") || determiner.equals("her"))) {
                return null;
            }
            ClaimsLexicon.Gender gender = determiner.equals("his") ? ClaimsLexicon.Gender.MALE : ClaimsLexicon.Gender.FEMALE;
            if (!(salient(mention.start(), gender, candidate -> true) instanceof Person owner)) {
                return null;
            }
            String surname = owner.fullName.substring(owner.fullName.lastIndexOf(' ') + 1);
            return new Speaker(surname + " " + head, SpeakerKind.ORGANIZATION, null, mention);
        }

        /** A role's words with the role nouns its abbreviations stand for, space-delimited: "Sen." gives " sen senator ... ". */
        private String roleWords(String role) {
            StringBuilder words = new StringBuilder(" ");
            for (String word : role.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
                if (!word.isEmpty()) {
                    words.append(word).append(' ');
                    if (word.indexOf('-') > 0) {
                        // "Vice-Premier" is also "the vice premier".
                        words.append(word.replace('-', ' ')).append(' ');
                    }
                    for (String synonym : ROLE_SYNONYMS.getOrDefault(word, Set.of())) {
                        words.append(synonym).append(' ');
                    }
                }
            }
            return words.toString();
        }

        /**
         * "the company", "the ministry", "the campaign": the organisation named earlier with that word ("the Sanders
         * campaign", "the Chilean Ministry of Mines"), or for a company the last company named.
         */
        private Speaker organisationAntecedent(String head, int before, TextSpan mention) {
            int floor = Math.max(0, before - ANTECEDENT_TOKENS);
            for (int t = before - 1; t >= floor; t--) {
                if (!tokens.isWord(t) || !tokens.lower(t).equals(head)) {
                    continue;
                }
                EntityMention entity = entityAt(tokens.start(t));
                if (entity != null && entity.kind() == EntityKind.ORGANIZATION) {
                    return new Speaker(withWordsBefore(entity), SpeakerKind.ORGANIZATION, null, mention);
                }
                // "X said in a statement ... The statement said", "X said ... In its annual report ... The report said".
                if (ISSUED_DOCUMENTS.contains(head) && issuedBySpeaker(t)) {
                    Speaker issuer = speakerAround(tokens.start(t));
                    if (issuer != null) {
                        return new Speaker(issuer.name(), issuer.kind(), issuer.role(), mention);
                    }
                }
                // "the Bank of Thailand ... the bank": the word opens a name that goes on with "of" and a place.
                if (tokens.isCapitalized(t) && t + 2 < tokens.size() && tokens.isWord(t + 1, "of") && tokens.isCapitalized(t + 2)) {
                    // "the Central Bureau of Statistics ... the bureau": with the capitalised words before the head.
                    int nameStart = t;
                    while (nameStart > 0 && t - nameStart < 3 && tokens.isWord(nameStart - 1) && tokens.isCapitalized(nameStart - 1)
                            && !Phrases.DETERMINERS.contains(tokens.lower(nameStart - 1))
                            && !Phrases.isCapitalisedNonName(tokens.lower(nameStart - 1))
                            && !Phrases.isOpeningConjunction(tokens.lower(nameStart - 1))) {
                        nameStart--;
                    }
                    String name = text(nameStart, capitalisedRunEnd(t + 2, tokens.size()));
                    return new Speaker(name, SpeakerKind.ORGANIZATION, null, mention);
                }
                // "Mobil, the nation's second largest oil company, ... the company": the name the description stands beside.
                Speaker apposed = nameBeforeDescription(t);
                if (apposed != null) {
                    return new Speaker(apposed.name(), apposed.kind(), null, mention);
                }
                // "McDonnell Douglas said it acquired Frampton Ltd, a British software company ... McDonnell Douglas
                // said. The company added": a company only described in passing yields to one that has spoken since.
                if (COMPANY_NOUNS.contains(head) && indefinite(t)) {
                    Speaker spoke = recentOrganisationSpeaker(tokens.start(before), mention);
                    if (spoke != null && spokeAfter(spoke.name(), tokens.start(t), tokens.start(before))) {
                        return spoke;
                    }
                }
                // "a New Hampshire ballot commission ... the commission": the name may end in one lower-case word.
                int named = t;
                if (named > 1 && tokens.isWord(named - 1) && !tokens.isCapitalized(named - 1) && tokens.isWord(named - 2)
                        && tokens.isCapitalized(named - 2) && !possessive(named - 2) && tokens.lower(named - 1).chars().allMatch(Character::isLetter)
                        && !Phrases.DETERMINERS.contains(tokens.lower(named - 1))
                        && !Phrases.PREPOSITIONS.contains(tokens.lower(named - 1)) && !CLAUSE_OPENERS.contains(tokens.lower(named - 1))) {
                    named--;
                }
                // "the European Community (EC) Commission": an abbreviation in brackets inside the name.
                if (named >= 4 && tokens.is(named - 1, ')') && tokens.is(named - 3, '(') && isAllCaps(named - 2)
                        && tokens.isWord(named - 4) && tokens.isCapitalized(named - 4)) {
                    named -= 3;
                }
                int start = named;
                while (start > 0 && named - start < 3 && tokens.isWord(start - 1) && tokens.isCapitalized(start - 1)
                        && !Phrases.isCapitalisedNonName(tokens.lower(start - 1))) {
                    start--;
                }
                if (start == named) {
                    start = t;
                }
                // "Disputes Characterization Of Network": a headline in title case, not a name.
                for (int k = start; k < t; k++) {
                    if (Phrases.PREPOSITIONS.contains(tokens.lower(k))) {
                        start = t;
                    }
                }
                if (start < t) {
                    String name = text(start, t).replaceAll("['\u2019]s?$", "") + " " + text(t, t + 1);
                    Optional<EntityMention> known = canonical(name);
                    return known.isPresent() && known.get().kind() != EntityKind.PERSON
                            ? new Speaker(known.get().canonicalName(), kindOf(known.get().kind()), null, mention)
                            : new Speaker(name, SpeakerKind.ORGANIZATION, null, mention);
                }
            }
            int at = tokens.start(before);
            if (!COMPANY_NOUNS.contains(head) && !GENERIC_ORGANISATION_NOUNS.contains(head)) {
                // "the Joint Agricultural Weather Facility said ... the agency said": the body that spoke last.
                return AGENCY_NOUNS.contains(head) ? recentOrganisationSpeaker(at, mention) : null;
            }
            if (COMPANY_NOUNS.contains(head)) {
                // "Schlumberger said ... Motorola Inc might also bid ... The company said": the company that spoke last.
                Speaker spoke = recentOrganisationSpeaker(at, mention);
                if (spoke != null) {
                    return spoke;
                }
                // "Allegheny Ludlum Corp said ... Goldman Sachs International Corp will manage ... The company makes":
                // a company that spoke further back, before one only mentioned since.
                for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                    Speaker previous = previousSpeakers.get(k);
                    if (previous.kind() == SpeakerKind.ORGANIZATION && previous.mention() != null && previous.mention().start() < at
                            && Character.isUpperCase(previous.name().charAt(0)) && COMPANY_SUFFIX.matcher(previous.name()).find()) {
                        return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                    }
                }
                for (int k = lastBefore(entities, EntityMention::start, at); k >= 0; k--) {
                    EntityMention entity = entities.get(k);
                    if (at - entity.end() >= ANTECEDENT_TOKENS * 6) {
                        break;
                    }
                    if (entity.end() <= at && entity.kind() == EntityKind.ORGANIZATION && COMPANY_SUFFIX.matcher(entity.surface()).find()) {
                        return new Speaker(entity.canonicalName(), SpeakerKind.ORGANIZATION, null, mention);
                    }
                }
            }
            return nearestOrganisation(at, mention);
        }

        /** Whether the noun at token {@code head} ends an indefinite description ("a British software company"). */
        private boolean indefinite(int head) {
            for (int k = head - 1; k >= Math.max(0, head - 4) && tokens.isWord(k); k--) {
                String word = tokens.lower(k);
                if (word.equals("a") || word.equals("an")) {
                    return true;
                }
                if (Phrases.DETERMINERS.contains(word)) {
                    return false;
                }
            }
            return false;
        }

        /** Whether a speaker named {@code name} has a mention between the offsets {@code from} and {@code to}. */
        private boolean spokeAfter(String name, int from, int to) {
            for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                TextSpan said = previousSpeakers.get(k).mention();
                if (said != null && said.start() > from && said.start() < to && previousSpeakers.get(k).name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Who issued a document named at {@code at}: the speaker whose mention it is ("A government statement said"), else
         * the one who spoke last before it in its sentence or the sentence before; null when none did.
         */
        private Speaker speakerAround(int at) {
            int sentence = doc.sentenceAt(at);
            for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                Speaker previous = previousSpeakers.get(k);
                TextSpan said = previous.mention();
                if (said == null || said.start() > at) {
                    continue;
                }
                if (narrativeDistance(doc.sentenceAt(said.start()), sentence) > 1) {
                    return null;
                }
                boolean issuer = previous.kind() == SpeakerKind.ORGANIZATION || previous.kind() == SpeakerKind.GOVERNMENT
                        || previous.kind() == SpeakerKind.PERSON;
                if (issuer && Character.isUpperCase(previous.name().charAt(0))) {
                    return previous;
                }
            }
            return null;
        }

        /** "said in a statement", "in its annual report", "their letter": a document its context gives an issuer. */
        private boolean issuedBySpeaker(int document) {
            for (int t = document - 1; t >= 0 && t >= document - 3 && tokens.isWord(t); t--) {
                String word = tokens.lower(t);
                if (word.equals("its") || word.equals("their") || word.equals("his") || word.equals("her")
                        || word.equals("in") && (tokens.isWord(t + 1, "a") || tokens.isWord(t + 1, "an"))) {
                    return true;
                }
            }
            return false;
        }

        /** The organisation that spoke last in the few narrative sentences before {@code at}, or null. */
        private Speaker recentOrganisationSpeaker(int at, TextSpan mention) {
            int sentence = doc.sentenceAt(at);
            for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                Speaker previous = previousSpeakers.get(k);
                TextSpan said = previous.mention();
                if (said == null || said.start() >= at) {
                    continue;
                }
                if (narrativeDistance(doc.sentenceAt(said.start()), sentence) > PLURAL_WINDOW) {
                    return null;
                }
                if (previous.kind() == SpeakerKind.ORGANIZATION && Character.isUpperCase(previous.name().charAt(0))) {
                    return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                }
            }
            return null;
        }

        /**
         * "Twitter said ... The company said", "according to the National Golf Foundation ... the group says": the
         * organisation named last in the few narrative sentences before, outside quotes.
         */
        private Speaker nearestOrganisation(int at, TextSpan mention) {
            int sentence = doc.sentenceAt(at);
            Speaker nearest = null;
            int nearestAt = -1;
            for (int k = lastBefore(entities, EntityMention::start, at); k >= 0; k--) {
                EntityMention entity = entities.get(k);
                if (entity.end() > at) {
                    continue;
                }
                if (narrativeDistance(doc.sentenceAt(entity.start()), sentence) > PLURAL_WINDOW) {
                    break;
                }
                // Not one named inside a claim (what is claimed about) or as a modifier ("the Republican convention").
                int entityFirst = tokens.firstEndingAfter(entity.start());
                Candidate named = entity.kind() == EntityKind.ORGANIZATION && claimFactor(entity.start()) == 1
                        ? organisationAt(entityFirst, tokens.size()) : null;
                // "First Interstate Bancorp, which ...": the subject opens with the words the recogniser left out.
                int nameFirst = named == null ? entityFirst : firstWordOf(entity);
                if (named != null && isSubject(nameFirst, named.end(), doc.sentences().get(doc.sentenceOf(entityFirst)).firstToken())) {
                    nearest = new Speaker(withWordsBefore(entity), SpeakerKind.ORGANIZATION, null, mention);
                    nearestAt = entity.start();
                    break;
                }
            }
            // An organisation that spoke, though no gazetteer knows it ("Twitter said ...").
            for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                Speaker previous = previousSpeakers.get(k);
                TextSpan said = previous.mention();
                if (said == null || said.start() >= at || said.start() <= nearestAt) {
                    continue;
                }
                if (narrativeDistance(doc.sentenceAt(said.start()), sentence) > PLURAL_WINDOW) {
                    break;
                }
                if (previous.kind() == SpeakerKind.ORGANIZATION && Character.isUpperCase(previous.name().charAt(0))) {
                    return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                }
            }
            return nearest;
        }

        private EntityMention entityAt(int offset) {
            int last = lastBefore(entities, EntityMention::start, offset + 1);
            for (int k = last; k >= 0 && k >= last - 2; k--) {
                if (offset < entities.get(k).end()) {
                    return entities.get(k);
                }
            }
            return null;
        }

        /**
         * "Midway said" after "Midway Airlines Inc said", "North American said" after "North American Ventures Inc": the
         * company named earlier whose name opens with these words, one that spoke first, else the latest; null when none does.
         */
        private String companyNamedBefore(String shortName, int at) {
            // "The Broken Hill Pty Co Ltd (BHP) said ... its unit BHP Gold Mines Ltd ... BHP said": a short name the text
            // defined in brackets after a company's name is that company's.
            String defined = null;
            for (Map.Entry<Integer, String> definition : shortNameDefinitions().getOrDefault(shortName, List.of())) {
                if (definition.getKey() < at) {
                    defined = definition.getValue();
                }
            }
            if (defined != null) {
                return defined;
            }
            List<String> words = nameWords(shortName);
            // "First American Financial Corp said ... its First American Title Insurance Co unit ... First American said":
            // a company that spoke before one only mentioned.
            for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                Speaker previous = previousSpeakers.get(k);
                List<String> full = nameWords(previous.name());
                if (previous.kind() == SpeakerKind.ORGANIZATION && previous.mention() != null && previous.mention().start() < at
                        && COMPANY_SUFFIX.matcher(previous.name()).find() && full.size() > words.size()
                        && full.subList(0, words.size()).equals(words)) {
                    return previous.name();
                }
            }
            for (int k = lastBefore(entities, EntityMention::start, at); k >= 0; k--) {
                EntityMention entity = entities.get(k);
                if (entity.kind() != EntityKind.ORGANIZATION || !COMPANY_SUFFIX.matcher(entity.surface()).find()) {
                    continue;
                }
                String name = withWordsBefore(entity);
                List<String> full = nameWords(name);
                if (full.size() > words.size() && full.subList(0, words.size()).equals(words) || isInitialsOf(shortName, full)
                        || afterGivenName(words, full)) {
                    return name;
                }
            }
            return null;
        }

        /** Short names defined in brackets right after an organisation's name, each with where it is defined, in text order. */
        private Map<String, List<Map.Entry<Integer, String>>> shortNameDefinitions() {
            if (shortNames == null) {
                shortNames = new HashMap<>();
                for (EntityMention entity : entities) {
                    int after = tokens.firstEndingAfter(entity.end());
                    if (entity.kind() == EntityKind.ORGANIZATION && after + 2 < tokens.size() && tokens.start(after) >= entity.end()
                            && tokens.is(after, '(') && tokens.isWord(after + 1) && tokens.is(after + 2, ')')) {
                        shortNames.computeIfAbsent(text(after + 1, after + 2), key -> new ArrayList<>())
                                .add(Map.entry(tokens.start(after + 2), withWordsBefore(entity)));
                    }
                }
            }
            return shortNames;
        }

        /**
         * "Lilly" of "Eli Lilly and Co", "Deere" of "John Deere Co", "Pont" of "Du Pont Co": a company named for a person
         * goes by the surname.
         */
        private boolean afterGivenName(List<String> words, List<String> full) {
            return full.size() > words.size() + 1
                    && (lexicon.genderOfFirstName(full.get(0)) != null || Phrases.isNameParticle(full.get(0)))
                    && full.subList(1, words.size() + 1).equals(words);
        }

        /**
         * A company's name with the capitalised words the recogniser left before it: "LAC" of "LAC Minerals Ltd", "North
         * American" of "North American Ventures Inc", "V.A.G." of "V.A.G. Kredit Bank GmbH".
         */
        private String withWordsBefore(EntityMention company) {
            int first = firstWordOf(company);
            return first == tokens.firstEndingAfter(company.start()) ? company.canonicalName()
                    : String.join(" ", doc.body().substring(tokens.start(first), company.end()).split("\\s+"));
        }

        /** The token that opens a company's name, with the capitalised words the recogniser left before it. */
        private int firstWordOf(EntityMention company) {
            int first = tokens.firstEndingAfter(company.start());
            while (first > 0 && (tokens.isWord(first - 1) && tokens.isCapitalized(first - 1)
                    && !Phrases.DETERMINERS.contains(tokens.lower(first - 1)) && !Phrases.isCapitalisedNonName(tokens.lower(first - 1))
                    || tokens.is(first - 1, '.') && first > 1 && tokens.end(first - 2) - tokens.start(first - 2) == 1
                    && tokens.isCapitalized(first - 2) && doc.body().substring(tokens.end(first - 1), tokens.start(first)).isEmpty())) {
                first--;
            }
            return first;
        }

        /**
         * "Liberty Financial Group Charles D. Cheleden": where a person's name opens, with a given name right after the
         * company's name, or {@code first} when it does not.
         */
        private int personAfterOrganisation(int first, int end) {
            for (int k = end - 3; k >= first; k--) {
                if (tokens.isWord(k) && lexicon.isOrganisationWord(tokens.lower(k)) && tokens.isWord(k + 1)
                        && tokens.isCapitalized(k + 1) && lexicon.genderOfFirstName(tokens.lower(k + 1)) != null) {
                    return k + 1;
                }
            }
            return first;
        }

        /** "GM" for "General Motors Corp": the capitals of the name's words before the company suffix. */
        private static boolean isInitialsOf(String shortName, List<String> fullWords) {
            if (shortName.length() < 2 || shortName.length() > 5 || !shortName.chars().allMatch(Character::isUpperCase)) {
                return false;
            }
            StringBuilder initials = new StringBuilder();
            for (String word : fullWords) {
                if (COMPANY_SUFFIX.matcher(word).matches()) {
                    break;
                }
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
            return initials.toString().equals(shortName);
        }

        private static List<String> nameWords(String name) {
            return List.of(name.toLowerCase(Locale.ROOT).replace(".", "").trim().split("\\s+"));
        }

        /** The country a word of a description names ("Russian", "Iranian", "US"), or null. */
        private String countryOf(int token) {
            EntityMention entity = tokens.isCapitalized(token) ? entityAt(tokens.start(token)) : null;
            return entity != null && entity.kind() == EntityKind.COUNTRY ? entity.canonicalName() : null;
        }

        private boolean descriptionHas(int first, int end, String word) {
            for (int t = first; t < end; t++) {
                if (tokens.isWord(t, word)) {
                    return true;
                }
            }
            return false;
        }

        private double salienceOf(Person person, int at) {
            Map<Object, Double> scores = new java.util.IdentityHashMap<>();
            accumulateAll(at, null, candidate -> candidate == person, scores);
            return scores.getOrDefault(person, 0.0);
        }

        /** The person whose role best matches a description ("the Iranian foreign minister"). */
        private Person byRole(int first, int end, int at) {
            String head = tokens.lower(end - 1);
            Person best = null;
            double bestScore = 0;
            for (Person person : (Iterable<Person>) bySurname.values().stream().flatMap(List::stream)::iterator) {
                if (person.role == null) {
                    continue;
                }
                String role = roleWords(person.role);
                if (!role.contains(" " + head + " ")) {
                    continue;
                }
                // "leader" stands for "President" only when no other word says which leader ("the Senate minority leader").
                boolean synonymOnly = LEADER_NOUNS.contains(head) && !(" " + person.role.toLowerCase(Locale.ROOT) + " ").contains(" " + head + " ");
                double score = 2;
                boolean unmatched = false;
                for (int t = first; t < end - 1; t++) {
                    if (!tokens.isWord(t) || Phrases.DETERMINERS.contains(tokens.lower(t)) || SUBJECT_FORMS.containsKey(tokens.lower(t))) {
                        continue;
                    }
                    if (role.contains(" " + tokens.lower(t) + " ")) {
                        score += 2;
                        continue;
                    }
                    // "the Russian leader" is Putin, named "President ... of Russia", rather than any other president.
                    String country = countryOf(t);
                    if (country != null && !person.countries.isEmpty()) {
                        score += person.countries.contains(country) ? 2 : -3;
                    }
                    unmatched |= country == null || !person.countries.contains(country);
                }
                if (synonymOnly && unmatched) {
                    continue;
                }
                for (String lesser : LESSER_ROLE_WORDS) {
                    if (role.contains(" " + lesser + " ") && !descriptionHas(first, end, lesser)) {
                        score -= 3;
                    }
                }
                if (person.firstSeen < at) {
                    score += 1;
                }
                // Among equal matches, the one the text is about right now: a share of salience below one point.
                score += salienceOf(person, at) / 1000;
                if (score > bestScore) {
                    best = person;
                    bestScore = score;
                }
            }
            return best;
        }

        private Speaker named(int first, int end, TextSpan mention) {
            if (tokens.isWord(first, "the") && end - first > 1) {
                first++;
            }
            for (int t = first; t < end - 1; t++) {
                // "Standard and Poor's Corp" is one name: the possessive is part of it when a company suffix follows.
                if (tokens.isWord(t) && (tokens.lower(t).endsWith("'s") || tokens.lower(t).endsWith("s'"))
                        && !COMPANY_SUFFIX.matcher(text(t + 1, end)).matches()) {
                    first = t + 1;
                }
            }
            for (int t = first + 1; t < end - 1; t++) {
                // Not the "of" of a title ("vice-president of finance Bruce Jackson", "Secretary of State John Kerry").
                boolean titleOf = isTitle(tokens.lower(t - 1)) && (!tokens.isCapitalized(t - 1) || titleScanEnd(first, t) == t);
                if (tokens.isWord(t, "of") && !titleOf && looksLikePersonName(first, t)) {
                    Speaker person = named(first, t, mention);
                    String affiliation = text(t + 1, end);
                    return new Speaker(person.name(), person.kind(), person.role() == null ? affiliation
                            : person.role() + ", " + affiliation, mention);
                }
            }
            int personStart = personAfterOrganisation(first, end);
            if (personStart > first) {
                Speaker named = named(personStart, end, mention);
                if (named.kind() == SpeakerKind.PERSON) {
                    return named.role() != null ? named : new Speaker(named.name(), named.kind(), text(first, personStart), mention);
                }
            }
            String text = text(first, end);
            List<int[]> conjuncts = splitConjuncts(first, end);
            int[] lastPart = conjuncts.get(conjuncts.size() - 1);
            // "Eli Lilly and Co", "Smith Barney, Harris Upham and Co": one company, whose suffix closes its name.
            boolean suffixAfterAnd = conjuncts.size() > 1 && lastPart[1] - lastPart[0] == 1
                    && COMPANY_SUFFIX.matcher(tokens.lower(lastPart[0])).matches();
            // "B and R", "International Minerals and Chemical": the opening words of a company named before, "and" and all.
            String companyWithAnd = conjuncts.size() > 1 && !suffixAfterAnd ? companyNamedBefore(text, mention.start()) : null;
            if (companyWithAnd != null) {
                return new Speaker(companyWithAnd, SpeakerKind.ORGANIZATION, null, mention);
            }
            if (conjuncts.size() > 1 && !suffixAfterAnd) {
                List<String> names = new ArrayList<>();
                SpeakerKind kind = null;
                for (int[] part : conjuncts) {
                    Speaker single = named(part[0], part[1], mention);
                    names.add(single.name());
                    kind = kind == null || kind == single.kind() ? single.kind() : SpeakerKind.ORGANIZATION;
                }
                return new Speaker(String.join(" and ", names), kind, null, mention);
            }
            Optional<EntityMention> entity = canonical(text);
            boolean demonym = entity.isPresent() && entity.get().kind() != EntityKind.ORGANIZATION && DEMONYM_ENDING.matcher(text).find();
            boolean unknown = entity.isEmpty() || entity.get().canonicalName().equalsIgnoreCase(text);
            String company = unknown || demonym ? companyNamedBefore(text, mention.start()) : null;
            if (company != null && known(surname(first, end), text, null, mention.start()) == null) {
                return new Speaker(company, SpeakerKind.ORGANIZATION, null, mention);
            }
            if (entity.isPresent() && entity.get().kind() != EntityKind.PERSON) {
                return new Speaker(entity.get().canonicalName(), kindOf(entity.get().kind()), null, mention);
            }
            int nameStart = first;
            for (int t = first; t < titleScanEnd(first, end); t++) {
                if (tokens.isWord(t) && isTitle(tokens.lower(t)) || tokens.is(t, '.') && !isMiddleInitialStop(t)) {
                    nameStart = t + 1;
                }
            }
            // "Whether Donald Trump", "pollster Stan Greenberg": words before the name that are neither title nor name.
            int leading = nameStart;
            while (leading < end - 1 && (!tokens.isCapitalized(leading) || Phrases.isCapitalisedNonName(tokens.lower(leading))
                    || Phrases.PREPOSITIONS.contains(tokens.lower(leading)))) {
                leading++;
            }
            if (leading > nameStart && tokens.isCapitalized(leading)) {
                if (!tokens.isCapitalized(leading - 1)) {
                    first = leading;
                }
                nameStart = leading;
            }
            if (nameStart >= end) {
                return new Speaker(text, SpeakerKind.ORGANIZATION, null, mention);
            }
            // "Report: ...", "The U.S. Trade Act says": a document or a law is no one's name.
            if (end - nameStart == 1 && DOCUMENT_NOUNS.contains(tokens.lower(nameStart))
                    || end - first > 1 && DOCUMENT_OR_LAW.contains(tokens.lower(end - 1))) {
                return new Speaker(text, SpeakerKind.UNNAMED, text, mention);
            }
            // "American Savings said": a name opening with a nationality is a firm's, not a person's.
            EntityMention opening = end - nameStart > 1 ? entityAt(tokens.start(nameStart)) : null;
            if (opening != null && opening.kind() == EntityKind.COUNTRY && opening.end() <= tokens.end(nameStart)
                    && !opening.surface().equalsIgnoreCase(opening.canonicalName()) && roleOf(first, nameStart) == null
                    && !hasGivenName(nameStart + 1, end)) {
                return new Speaker(text, SpeakerKind.ORGANIZATION, null, mention);
            }
            for (int t = nameStart; t < end; t++) {
                if (tokens.isWord(t) && lexicon.isOrganisationWord(tokens.lower(t))) {
                    return new Speaker(text, SpeakerKind.ORGANIZATION, null, mention);
                }
            }
            String role = roleOf(first, nameStart);
            String surname = surname(nameStart, end);
            String name = withoutPossessive(text(nameStart, end));
            Person person = known(surname, name, honorificGender(first, nameStart), mention.start());
            if (person == null) {
                person = containing(name);
            }
            boolean sexless = person == null ? genderOf(first, nameStart, end) == null
                    : nameStart == end - 1 && person.role == null && likelyGender(person) == null;
            // "Schlumberger said" where the text named "Schlumberger Ltd", "NRC said": a firm or a body, not a person.
            boolean unintroducedWord = person == null && nameStart == end - 1 && nameStart == first && sexless
                    && (companyWords().contains(tokens.lower(nameStart)) || isAllCaps(nameStart));
            if (sexless && calledIt(end) || person == null && isOrganisationByApposition(end) || unintroducedWord) {
                return new Speaker(text, SpeakerKind.ORGANIZATION, null, mention);
            }
            if (person == null) {
                person = new Person(name, surname, role, genderOf(first, nameStart, end), mention.start());
                bySurname.computeIfAbsent(surname, key -> new ArrayList<>(1)).add(person);
            }
            if (role != null && person.role == null) {
                person.role = role;
            }
            addCountriesAround(person, first, end);
            return personSpeaker(person, mention);
        }

        /**
         * The countries named in a person's title or right beside the name: "Russian President Vladimir Putin",
         * "Russia's Putin", "President Vladimir V. Putin of Russia", "his Ukrainian counterpart Dmytro Kuleba".
         */
        private void addCountriesAround(Person person, int first, int end) {
            int from = first;
            while (from > 0 && first - from < 4 && (isTitleOrRoleWord(from - 1) || tokens.is(from - 1, '.'))) {
                from--;
            }
            for (int t = from; t < end; t++) {
                addCountry(person, t);
            }
            if (end + 1 < tokens.size() && tokens.isWord(end, "of")) {
                addCountry(person, end + 1);
            }
            if (!person.fullName.equals(person.lookedUp)) {
                person.lookedUp = person.fullName;
                addKnownCountry(person);
            }
        }

        /**
         * The country of a leader the gazetteer knows, found by surname when the given names agree ("Vladimir V. Putin"
         * is Vladimir Putin; "Hunter Biden" is not Joe Biden).
         */
        private void addKnownCountry(Person person) {
            String name = person.fullName;
            Optional<EntityMention> known = canonical(name.substring(name.lastIndexOf(' ') + 1))
                    .filter(entity -> entity.kind() == EntityKind.PERSON);
            if (known.isEmpty()) {
                return;
            }
            String canonicalName = known.get().canonicalName();
            String given = name.indexOf(' ') < 0 ? null : name.substring(0, name.indexOf(' '));
            if (given == null || canonicalName.toLowerCase(Locale.ROOT).startsWith(given.toLowerCase(Locale.ROOT) + " ")) {
                recognizer.countryOf(canonicalName).ifPresent(person.countries::add);
            }
        }

        /** "Russian", "Foreign", "minister", "counterpart": a word of a title before a name. */
        private boolean isTitleOrRoleWord(int t) {
            if (!tokens.isWord(t)) {
                return false;
            }
            String word = tokens.lower(t);
            return tokens.isCapitalized(t) && !Phrases.DETERMINERS.contains(word) && !Phrases.PREPOSITIONS.contains(word)
                    || isTitle(word) || lexicon.isPersonRoleNoun(word) || lexicon.isSourceNoun(word);
        }

        private void addCountry(Person person, int token) {
            if (!tokens.isWord(token) || !tokens.isCapitalized(token)) {
                return;
            }
            EntityMention entity = entityAt(tokens.start(token));
            if (entity != null && entity.kind() == EntityKind.COUNTRY) {
                person.countries.add(entity.canonicalName());
            }
        }

        /**
         * The person a name refers to: for a full name, the one known by the same given name (or so far only by the
         * surname); for a surname alone, the namesake of the right gender the text is most about just then.
         */
        private Person known(String surname, String name, ClaimsLexicon.Gender honorific, int at) {
            List<Person> namesakes = bySurname.get(surname);
            if (namesakes == null) {
                return null;
            }
            int space = name.indexOf(' ');
            if (space > 0) {
                String lower = name.toLowerCase(Locale.ROOT);
                String given = lower.substring(0, space);
                for (Person namesake : namesakes) {
                    String known = namesake.fullName.toLowerCase(Locale.ROOT);
                    // "Donald Trump Jr." is not "Donald Trump".
                    if (known.indexOf(' ') > 0 && !generation(known).equals(generation(lower))) {
                        continue;
                    }
                    // "Suu Kyi" is "Aung San Suu Kyi"; "Hillary Clinton" is "Hillary Rodham Clinton".
                    if (known.indexOf(' ') < 0 || known.startsWith(given + " ") || known.endsWith(" " + lower)
                            || lower.endsWith(" " + known)) {
                        return namesake;
                    }
                }
                return null;
            }
            if (namesakes.size() == 1) {
                Person only = namesakes.get(0);
                return honorific != null && likelyGender(only) != null && likelyGender(only) != honorific ? null : only;
            }
            Person best = null;
            double bestSalience = -1;
            Person firstIntroduced = namesakes.stream().min(java.util.Comparator.comparingInt(namesake -> namesake.firstSeen)).orElseThrow();
            // "Mr. Trump" beside "Donald Trump Jr.": the junior goes by his full name, the bare surname is the father's.
            boolean elder = namesakes.stream().anyMatch(namesake -> generation(namesake.fullName).isEmpty()
                    && (honorific == null || likelyGender(namesake) == null || likelyGender(namesake) == honorific));
            for (Person namesake : namesakes) {
                if (honorific != null && likelyGender(namesake) != null && likelyGender(namesake) != honorific
                        || elder && !generation(namesake.fullName).isEmpty()) {
                    continue;
                }
                // Equally salient (or neither): the one the text has named more often, then the first introduced.
                double salience = salienceOf(namesake, at) + namesake.mentions * 1e-3 - namesake.firstSeen * 1e-12;
                // "Actor Clint Howard ... said Howard ... brother of Ron Howard ... Howard said": the namesake the text
                // introduced first and has quoted already is the one a bare surname keeps quoting.
                if (namesake == firstIntroduced && hasSpoken(namesake) && !namedInFullJustBefore(namesakes, namesake, at)) {
                    salience += SPOKEN_NAMESAKE_BONUS;
                }
                if (salience > bestSalience) {
                    best = namesake;
                    bestSalience = salience;
                }
            }
            return best;
        }

        /** "Bill Clinton spoke with voters ... Clinton said": another namesake named in full in this or the last sentence. */
        private boolean namedInFullJustBefore(List<Person> namesakes, Person except, int at) {
            int sentence = doc.sentenceOf(tokens.firstEndingAfter(Math.max(0, at)));
            int from = tokens.start(doc.sentences().get(Math.max(0, sentence - 1)).firstToken());
            for (Person namesake : namesakes) {
                int named = namesake == except || namesake.fullName.indexOf(' ') < 0 ? -1 : doc.body().lastIndexOf(namesake.fullName, at);
                if (named >= from) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasSpoken(Person person) {
            for (Speaker speaker : previousSpeakers) {
                if (speaker.kind() == SpeakerKind.PERSON && speaker.name().equals(person.fullName)) {
                    return true;
                }
            }
            return false;
        }

        /** "jr" for "Donald Trump Jr.", empty for a name without a generational suffix. */
        private static String generation(String name) {
            String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(".", "");
            return GENERATIONAL.contains(last) ? last : "";
        }

        /** The surname's key: the last name word, before a generational suffix ("Harry B. Harris Jr."). */
        private String surname(int nameStart, int end) {
            int last = end - 1;
            while (last > nameStart && (!tokens.isWord(last) || GENERATIONAL.contains(tokens.lower(last)))) {
                last--;
            }
            return withoutPossessive(tokens.lower(last));
        }

        private ClaimsLexicon.Gender honorificGender(int first, int nameStart) {
            for (int t = first; t < nameStart; t++) {
                switch (tokens.lower(t)) {
                    case "mr" -> {
                        return ClaimsLexicon.Gender.MALE;
                    }
                    case "mrs", "ms", "miss" -> {
                        return ClaimsLexicon.Gender.FEMALE;
                    }
                    default -> {
                    }
                }
            }
            return null;
        }

        /**
         * "a spokeswoman", "a senior US official", "the head of the union": an unnamed person that "he" or "she" can
         * refer back to; not "members of the government" or "officials".
         */
        private boolean isSingularPersonDescription(String name) {
            String head = descriptionHead(name);
            return !head.endsWith("s") && (lexicon.isSourceNoun(head) || lexicon.isPersonRoleNoun(head));
        }

        /** The noun a description is about: "spokesman" in "spokesman for the Central Bank" and in "refinery spokesman". */
        private static String descriptionHead(String name) {
            String[] words = name.toLowerCase(Locale.ROOT).split(" ");
            for (int k = 1; k < words.length; k++) {
                if (Set.of("of", "for", "at", "from", "with", "in", "on").contains(words[k])) {
                    return words[k - 1];
                }
            }
            return words[words.length - 1];
        }

        /** "the Bank of Tokyo's Honda": a possessive before the last word makes what follows it a name of its own. */
        private boolean hasPossessive(int first, int end) {
            for (int t = first; t < end; t++) {
                if (possessive(t)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the titles before a name may end: before the last word when a name comes right before it ("Peter T.
         * King", "Martin Luther King"), as a surname may be a title's word; else at {@code end}.
         */
        private int titleScanEnd(int first, int end) {
            int before = end - 2;
            if (!tokens.isWord(end - 1) || !tokens.isCapitalized(end - 1)) {
                return end;
            }
            if (bySurname.containsKey(tokens.lower(end - 1))) {
                return end - 1;
            }
            if (before < first) {
                return end;
            }
            boolean nameBefore = isInitialsStop(before) || tokens.isWord(before) && tokens.isCapitalized(before)
                    && !isTitle(tokens.lower(before)) && !HONORIFICS.contains(tokens.lower(before)) && countryOf(before) == null;
            return nameBefore ? end - 1 : end;
        }

        /** Two or more capitalised words that are neither titles nor determiners ("Yutaka Hashimoto"). */
        private boolean isBareName(int first, int end) {
            for (int t = first; t < end; t++) {
                if (!tokens.isWord(t) || !tokens.isCapitalized(t) || isTitle(tokens.lower(t)) || Phrases.DETERMINERS.contains(tokens.lower(t))
                        || possessive(t) || lexicon.isOrganisationWord(tokens.lower(t))) {
                    return false;
                }
            }
            return end - first >= 2;
        }

        /** Whether a capitalised modifier ("Clinton" in "the Clinton campaign") is no word of the antecedent's name. */
        private boolean namesOtherThan(int first, int end, String name) {
            String words = " " + name.toLowerCase(Locale.ROOT) + " ";
            for (int t = first; t < end; t++) {
                if (tokens.isWord(t) && tokens.isCapitalized(t) && !words.contains(" " + withoutPossessive(tokens.lower(t)) + " ")) {
                    return true;
                }
            }
            return false;
        }

        /** "Paul" in "Belgian Paul de Keersmaeker": a given name the lists know. */
        private boolean hasGivenName(int first, int end) {
            for (int t = first; t < end; t++) {
                if (tokens.isWord(t) && lexicon.genderOfFirstName(tokens.lower(t)) != null) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasTitle(int first, int end) {
            for (int t = first; t < end; t++) {
                if (tokens.isWord(t) && (isTitle(tokens.lower(t)) || HONORIFICS.contains(tokens.lower(t)))) {
                    return true;
                }
            }
            return false;
        }

        private boolean onlyTitles(int first, int end) {
            for (int t = first; t < end; t++) {
                if (tokens.isWord(t) && !isTitle(tokens.lower(t)) && !HONORIFICS.contains(tokens.lower(t))) {
                    return false;
                }
            }
            return true;
        }

        /** "DES MOINES", "FULL TEXT": datelines and headings, not names. */
        private boolean isAllCaps(int token) {
            int letters = 0;
            for (int i = tokens.start(token); i < tokens.end(token); i++) {
                char c = doc.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
            return letters > 1;
        }

        /** Lower-case words only: "Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio" opens with its subject. */
        private int wordsBefore(int token, int from) {
            int words = 0;
            for (int t = from; t < token && words < 4; t++) {
                words += tokens.isWord(t) && !tokens.isCapitalized(t) ? 1 : 0;
            }
            return words;
        }

        private boolean possessive(int token) {
            String word = tokens.lower(token);
            return word.endsWith("'s") || word.endsWith("\u2019s") || tokens.isWord(token) && token + 1 < tokens.size()
                    && (tokens.lower(token + 1).equals("'s") || tokens.lower(token + 1).equals("\u2019s"));
        }

        /** A known person one of whose names is this single word ("Ali" in "Ali al-Khalifa al-Sabah"). */
        private Person containing(String name) {
            return name.indexOf(' ') < 0 ? byNamePart.get(name.toLowerCase(Locale.ROOT)) : null;
        }

        private void indexNameParts(Person person) {
            for (String part : person.fullName.toLowerCase(Locale.ROOT).split(" ")) {
                byNamePart.putIfAbsent(part, person);
            }
        }

        /** Two or more capitalised words with no title or organisation word among them ("Bob Bannon"). */
        private boolean looksLikePersonName(int first, int end) {
            int words = 0;
            for (int t = first; t < end; t++) {
                if (!tokens.isWord(t) || !tokens.isCapitalized(t) || lexicon.isOrganisationWord(tokens.lower(t))) {
                    if (!(tokens.is(t, '.') || tokens.isWord(t) && isTitle(tokens.lower(t)))) {
                        return false;
                    }
                } else if (!isTitle(tokens.lower(t))) {
                    words++;
                }
            }
            // "Heiserman of the CORE Teachers": a surname the text has introduced needs no given name.
            return words >= 1 && bySurname.containsKey(tokens.lower(end - 1)) || words >= 2 && canonical(text(first, end)).isEmpty();
        }

        private List<int[]> splitConjuncts(int first, int end) {
            List<int[]> parts = new ArrayList<>();
            int start = first;
            for (int t = first; t < end; t++) {
                if (tokens.isWord(t, "and") || tokens.is(t, ',')) {
                    if (t > start) {
                        parts.add(new int[] {start, t});
                    }
                    start = t + 1;
                }
            }
            if (end > start) {
                parts.add(new int[] {start, end});
            }
            return parts;
        }

        private Optional<EntityMention> canonical(String phrase) {
            try {
                return recognizer.canonicalize(phrase);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        private SpeakerKind kindOf(EntityKind kind) {
            return switch (kind) {
                case COUNTRY, LOCATION -> SpeakerKind.GOVERNMENT;
                case ORGANIZATION -> SpeakerKind.ORGANIZATION;
                case PERSON -> SpeakerKind.PERSON;
            };
        }

        private String text(int first, int end) {
            String raw = doc.cleanText(tokens.start(first), tokens.end(end - 1));
            StringBuilder collapsed = null;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                boolean space = Character.isWhitespace(c);
                if (collapsed == null && space && (c != ' ' || i + 1 < raw.length() && Character.isWhitespace(raw.charAt(i + 1)))) {
                    collapsed = new StringBuilder(raw.length()).append(raw, 0, i);
                }
                if (collapsed != null && !(space && collapsed.length() > 0 && collapsed.charAt(collapsed.length() - 1) == ' ')) {
                    collapsed.append(space ? ' ' : c);
                }
            }
            return collapsed == null ? raw : collapsed.toString();
        }

        private ClaimsLexicon.Gender genderOf(int first, int nameStart, int end) {
            for (int t = first; t < nameStart; t++) {
                String w = tokens.lower(t);
                if (w.equals("mr")) {
                    return ClaimsLexicon.Gender.MALE;
                }
                if (w.equals("mrs") || w.equals("ms")) {
                    return ClaimsLexicon.Gender.FEMALE;
                }
            }
            return lexicon.genderOfFirstName(tokens.lower(nameStart));
        }

        /** Every person named in the text, with a role from the title words in front of the name. */
        private void collectPeople() {
            int n = tokens.size();
            int t = 0;
            while (t < n) {
                if (!(tokens.isWord(t) && tokens.isCapitalized(t))) {
                    t++;
                    continue;
                }
                int first = t;
                int end = t;
                while (end < n && end - first < 10 && (tokens.isWord(end) && (tokens.isCapitalized(end)
                        || end > first && Phrases.isNameParticle(tokens.lower(end)) && end + 1 < n && tokens.isCapitalized(end + 1)
                        // "Secretary of State Antony Blinken": the title goes on past its "of".
                        || end > first && tokens.lower(end).equals("of") && tokens.isWord(end - 1)
                        && isTitle(tokens.lower(end - 1)) && end + 1 < n && tokens.isCapitalized(end + 1)
                        || end > first && tokens.lower(end).startsWith("al-"))
                        || tokens.is(end, '.') && end > first && tokens.isCapitalized(end - 1) && !paragraphEndsAt(end)
                        && (tokens.end(end - 1) - tokens.start(end - 1) == 1 || isTitle(tokens.lower(end - 1))))) {
                    end++;
                }
                t = end;
                registerRun(first, end);
            }
        }

        /**
         * "... for the White House.\n\nCruz said": a full stop before a blank line or an indented one ends the name,
         * whatever word it follows (a wrapped line alone does not: "Sen.\nBob Dole").
         */
        private boolean paragraphEndsAt(int dot) {
            int next = dot + 1 < tokens.size() ? tokens.start(dot + 1) : doc.body().length();
            String gap = doc.body().substring(tokens.end(dot), next);
            int lineBreak = gap.indexOf('\n');
            return lineBreak >= 0 && (gap.indexOf('\n', lineBreak + 1) >= 0 || lineBreak + 1 < gap.length());
        }

        private void registerRun(int first, int end) {
            int runStart = first;
            while (end > first && !tokens.isWord(end - 1)) {
                end--;
            }
            while (first < end && (!tokens.isWord(first) || Phrases.isCapitalisedNonName(tokens.lower(first)))) {
                first++;
            }
            for (int t = first; t < end - 1; t++) {
                if (tokens.isWord(t) && (tokens.lower(t).endsWith("'s") || tokens.lower(t).endsWith("s'"))) {
                    first = t + 1;
                }
            }
            if (first >= end) {
                return;
            }
            int nameStart = first;
            for (int k = first; k < titleScanEnd(first, end); k++) {
                if (tokens.isWord(k) && isTitle(tokens.lower(k)) || tokens.is(k, '.') && !isMiddleInitialStop(k)) {
                    nameStart = k + 1;
                }
            }
            // A headline's capitalised words run into a name ("Entrusting Donald Trump"): the recogniser knows where it starts.
            EntityMention recognised = nameStart < end ? entityAt(tokens.start(end - 1)) : null;
            if (recognised != null && recognised.kind() == EntityKind.PERSON && recognised.start() > tokens.start(nameStart)
                    && recognised.end() >= tokens.end(end - 1) - 2) {
                nameStart = tokens.firstEndingAfter(recognised.start());
                if (!onlyTitles(first, nameStart)) {
                    first = nameStart;
                }
            }
            int personStart = personAfterOrganisation(nameStart, end);
            if (personStart > nameStart) {
                first = personStart;
                nameStart = personStart;
            }
            int nameWords = 0;
            boolean shouted = true;
            for (int k = nameStart; k < end; k++) {
                if (tokens.isWord(k)) {
                    if (lexicon.isOrganisationWord(tokens.lower(k))) {
                        return;
                    }
                    nameWords++;
                    shouted &= isAllCaps(k);
                }
            }
            if (nameWords == 0 || nameWords > MAX_NAME_WORDS || shouted || isNonPerson(nameStart, end) || isTitleOfAWork(runStart, end)) {
                return;
            }
            String surname = surname(nameStart, end);
            String name = withoutPossessive(text(nameStart, end));
            // "Sara Lee Corp ... Sara Lee said", "Eli Lilly and Co": a company named for a person is no person.
            EntityMention company = entityAt(tokens.start(nameStart));
            if (company != null && company.kind() == EntityKind.ORGANIZATION && COMPANY_SUFFIX.matcher(company.surface()).find()
                    || companyNamedBefore(name, tokens.start(nameStart)) != null) {
                return;
            }
            ClaimsLexicon.Gender hint = honorificGender(first, nameStart);
            Person person = known(surname, name, hint != null ? hint : pronounGenderAfter(end), tokens.start(first));
            if (person == null && nameWords == 1) {
                person = containing(name);
            }
            if (person == null && nameWords < 2 && nameStart == first && roleBefore(first) == null && appositiveRole(end) == null) {
                return;
            }
            String role = roleOf(first, nameStart);
            if (role == null) {
                role = roleBefore(first);
            }
            if (role == null) {
                role = appositiveRole(end);
            }
            if (person == null) {
                if (nameWords < 2 && role == null || nameWords >= 2 && role == null && NOT_A_SURNAME.contains(surname)
                        || role == null && genderOf(first, nameStart, end) == null && calledIt(end)
                        || role == null && first > 0 && tokens.isWord(first - 1, "the")
                        || isOrganisationByApposition(end)) {
                    // "the Lewisburg Green Dragons": a name after "the" and no title is a team, a band, a firm.
                    return;
                }
                person = new Person(name, surname, role, genderOf(first, nameStart, end), tokens.start(first));
                bySurname.computeIfAbsent(surname, key -> new ArrayList<>(1)).add(person);
            } else {
                if (nameWords >= 2 && name.length() > person.fullName.length() && generation(name).equals(generation(person.fullName))) {
                    person.fullName = name;
                }
                if (person.role == null) {
                    person.role = role;
                }
                if (person.gender == null) {
                    person.gender = genderOf(first, nameStart, end);
                }
            }
            indexNameParts(person);
            addCountriesAround(person, first, end);
            votePronoun(person, end);
            person.mentions++;
            int sentence = doc.sentenceOf(first);
            boolean subject = !possessive(end - 1)
                    && !(runStart > 0 && tokens.isWord(runStart - 1) && Phrases.PREPOSITIONS.contains(tokens.lower(runStart - 1)))
                    && (sentence != lastSentenceWithPerson && wordsBefore(runStart, doc.sentences().get(sentence).firstToken()) <= 3
                    || end < tokens.size() && tokens.isWord(end) && (sentence != lastSentenceWithPerson
                    && SUBJECT_VERBS.contains(tokens.lower(end)) || isVerbAfterName(end)));
            lastSentenceWithPerson = sentence;
            // "Sumita met Miyazawa later. He said ...": after the sentence's subject, a name is an object, seldom "he".
            double weight = subject ? NAME_WEIGHT + SUBJECT_BONUS : sentence == lastSentenceWithSubject ? NAME_WEIGHT * OBJECT_SHARE_OF_NAME
                    : NAME_WEIGHT;
            if (subject) {
                lastSentenceWithSubject = sentence;
            }
            personMentions.add(new Seen(person, tokens.start(first), sentence, weight));
        }

        /**
         * "the Off Message podcast", "his comedy “Latin History for Dummies,”": the title of a show, a book or a film, in
         * quotation marks or before the kind of work it names, is nobody who can speak.
         */
        private boolean isTitleOfAWork(int first, int end) {
            if (end < tokens.size() && tokens.isWord(end) && WORK_NOUNS.contains(tokens.lower(end))) {
                return true;
            }
            int open = tokens.start(first);
            if (open == 0 || "\"“‘".indexOf(doc.charAt(open - 1)) < 0) {
                return false;
            }
            // Closed after more title-case words only ("for Dummies"), not after a sentence ("is a disaster").
            for (int t = end; t < tokens.size() && t < end + 5; t++) {
                if (!tokens.isWord(t)) {
                    int at = tokens.start(t);
                    char c = doc.charAt(at);
                    return c == '"' || c == '”' || c == '’' || c == ',' && at + 1 < doc.body().length()
                            && "\"”".indexOf(doc.charAt(at + 1)) >= 0;
                }
                if (!tokens.isCapitalized(t) && !Phrases.PREPOSITIONS.contains(tokens.lower(t))
                        && !Phrases.DETERMINERS.contains(tokens.lower(t)) && !tokens.isWord(t, "and")) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "Cruz said", "Biden rubbished": a verb of saying or a past tense right after a name makes it its clause's
         * subject, wherever it stands in the sentence (an auxiliary only for the sentence's first name: "who Ali was").
         */
        private boolean isVerbAfterName(int token) {
            String word = tokens.lower(token);
            return lexicon.isVerbCue(word) || !tokens.isCapitalized(token) && word.length() > 4 && word.endsWith("ed");
        }

        /** The first third-person pronoun after a name in its sentence usually refers to it: a vote for its gender. */
        private void votePronoun(Person person, int after) {
            ClaimsLexicon.Gender gender = pronounGenderAfter(after);
            if (gender == ClaimsLexicon.Gender.MALE) {
                person.maleVotes++;
            } else if (gender == ClaimsLexicon.Gender.FEMALE) {
                person.femaleVotes++;
            }
        }

        /**
         * "Twitter said that it had suspended ...", "Acme ... its statement": a name nobody introduced, taken up by "it"
         * or "its" before any "he" or "she" in its sentence, is an organisation; not "it is" or "it was", which are
         * mostly about something else.
         */
        private boolean calledIt(int after) {
            int sentenceEnd = after < tokens.size() ? doc.sentences().get(doc.sentenceOf(after)).endToken() : after;
            for (int k = after; k < sentenceEnd && k < after + 25; k++) {
                if (!tokens.isWord(k)) {
                    continue;
                }
                switch (tokens.lower(k)) {
                    case "he", "his", "him", "she", "her", "they", "their", "i", "we", "our" -> {
                        return false;
                    }
                    case "its" -> {
                        return true;
                    }
                    case "it" -> {
                        return k + 1 < sentenceEnd && tokens.isWord(k + 1) && !Set.of("is", "was", "s").contains(tokens.lower(k + 1));
                    }
                    default -> {
                    }
                }
            }
            return false;
        }

        private ClaimsLexicon.Gender pronounGenderAfter(int after) {
            int sentenceEnd = after < tokens.size() ? doc.sentences().get(doc.sentenceOf(after)).endToken() : after;
            for (int k = after; k < sentenceEnd && k < after + 25; k++) {
                if (!tokens.isWord(k)) {
                    continue;
                }
                // Another name in between may be whom the pronoun is about; an organisation's name is not.
                if (tokens.isCapitalized(k) && k > after && tokens.isWord(k - 1) && tokens.isCapitalized(k - 1)) {
                    EntityMention entity = entityAt(tokens.start(k));
                    if (entity == null || entity.kind() == EntityKind.PERSON) {
                        return null;
                    }
                }
                switch (tokens.lower(k)) {
                    case "he", "his", "him", "himself" -> {
                        return ClaimsLexicon.Gender.MALE;
                    }
                    case "she", "her", "hers", "herself" -> {
                        return ClaimsLexicon.Gender.FEMALE;
                    }
                    default -> {
                    }
                }
            }
            return null;
        }

        /** The title words before a name, without honorifics ("Foreign Minister", not "Mr."). */
        private String roleOf(int first, int nameStart) {
            int start = first;
            while (start < nameStart && (tokens.is(start, '.') || HONORIFICS.contains(tokens.lower(start)))) {
                start++;
            }
            int end = nameStart;
            while (end > start && !tokens.isWord(end - 1)) {
                end--;
            }
            return end > start ? text(start, end) : null;
        }

        /** "Harbour Watch, the conservation charity, …": a name whose apposition names a kind of organisation. */
        private boolean isOrganisationByApposition(int afterName) {
            int t = afterName;
            if (t + 2 >= tokens.size() || !tokens.is(t, ',') || !tokens.isWord(t + 1)
                    || !(tokens.isWord(t + 1, "the") || tokens.isWord(t + 1, "a") || tokens.isWord(t + 1, "an"))) {
                return false;
            }
            for (int k = t + 2; k < tokens.size() && k < t + 8; k++) {
                if (!tokens.isWord(k)) {
                    String head = tokens.lower(k - 1);
                    return k > t + 2 && (tokens.is(k, ',') || tokens.is(k, '.'))
                            && (GENERIC_ORGANISATION_NOUNS.contains(head) || COMPANY_NOUNS.contains(head)
                            || lexicon.isOrganisationRoleNoun(head) && !DOCUMENT_NOUNS.contains(head));
                }
                if (tokens.isWord(k, "of") || tokens.isWord(k, "for")) {
                    return false;
                }
            }
            return false;
        }

        /** "Maria Kowalczyk, the head of the union, …": a role noun phrase set off by commas after a name. */
        private String appositiveRole(int afterName) {
            int t = afterName;
            if (t + 2 >= tokens.size() || !tokens.is(t, ',') || !tokens.isWord(t + 1)
                    || !Phrases.DETERMINERS.contains(tokens.lower(t + 1))) {
                return null;
            }
            boolean roleNoun = false;
            for (int k = t + 2; k < tokens.size() && k < t + 12; k++) {
                if (tokens.is(k, ',') || tokens.is(k, '.') || tokens.is(k, ';')) {
                    return roleNoun && k > t + 2 ? text(t + 2, k) : null;
                }
                if (!tokens.isWord(k)) {
                    return null;
                }
                String w = tokens.lower(k);
                roleNoun |= lexicon.isPersonRoleNoun(w) || lexicon.isSourceNoun(w) || isTitle(w);
            }
            return null;
        }

        /** "his Ukrainian counterpart Dmytro Kuleba": the lower-case role noun phrase right before a name. */
        private String roleBefore(int first) {
            int t = first - 1;
            if (t < 0 || !tokens.isWord(t) || !lexicon.isPersonRoleNoun(tokens.lower(t)) && !lexicon.isSourceNoun(tokens.lower(t))
                    || tokens.lower(t).endsWith("s") && !tokens.lower(t).endsWith("ss")) {
                return null;
            }
            int start = t;
            while (start - 1 >= 0 && first - start < 5 && tokens.isWord(start - 1)
                    && !Phrases.DETERMINERS.contains(tokens.lower(start - 1)) && (!Phrases.PREPOSITIONS.contains(tokens.lower(start - 1))
                    || isOfInName(start - 1)) && !ROLE_BOUNDARIES.contains(tokens.lower(start - 1)) && !isPastCue(start - 1)) {
                start--;
            }
            return text(start, first);
        }

        /** The "of" inside a name ("Bank of Japan governor"). */
        private boolean isOfInName(int t) {
            return tokens.isWord(t, "of") && t > 0 && tokens.isCapitalized(t - 1) && t + 1 < tokens.size() && tokens.isCapitalized(t + 1);
        }

        /**
         * "said", "noted", "denouncing": a verb of saying in a form no role has ("Talk show host", "Planned Parenthood's",
         * "policy planning director" are roles).
         */
        private boolean isPastCue(int t) {
            String word = tokens.lower(t);
            boolean participle = word.endsWith("ing") && !(t + 1 < tokens.size() && !tokens.isCapitalized(t + 1)
                    && (lexicon.isPersonRoleNoun(tokens.lower(t + 1)) || lexicon.isSourceNoun(tokens.lower(t + 1))));
            return !tokens.isCapitalized(t) && lexicon.isVerbCue(word) && (word.endsWith("ed") || participle
                    || word.equals("said") || word.equals("told") || word.equals("wrote") || word.equals("says"));
        }

        /** Runs arrive in text order, so one cursor walks the entity mentions once. */
        private boolean isNonPerson(int first, int end) {
            int from = tokens.start(first);
            int to = tokens.end(end - 1);
            while (entityCursor < entities.size() && entities.get(entityCursor).end() <= from) {
                entityCursor++;
            }
            for (int k = entityCursor; k < entities.size() && entities.get(k).start() < to; k++) {
                if (entities.get(k).kind() != EntityKind.PERSON) {
                    return true;
                }
            }
            return false;
        }
    }
}
