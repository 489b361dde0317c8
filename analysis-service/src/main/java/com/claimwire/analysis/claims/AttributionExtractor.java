package com.claimwire.analysis.claims;

import com.claimwire.analysis.text.Paragraph;
import com.claimwire.analysis.text.QuoteFinder;
import com.claimwire.analysis.text.QuoteSegment;
import com.claimwire.analysis.text.Sentence;
import com.claimwire.analysis.text.TextDocument;
import com.claimwire.analysis.text.Tokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Finds claims and who made them: direct quotes attributed by an adjacent cue ("…," he added; He said,
 * "…"; X: "…"), quotes that continue an attributed one, and reported speech ("X said that …", "…, sources
 * said", "according to X, …", "X rejected claims that …", "X's allegation that …"). Each claim is one
 * sentence (or the part of it that is the content); a quote of several sentences gives several claims with
 * the same speaker.
 */
public final class AttributionExtractor {

    /** Parts of a day after its name ("Tuesday night"). */
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

    /** Words that open the occasion or time of a statement ("said on Fox News", "wrote in his memo", "told CNN last week"). */
    private static final Set<String> OCCASION_OPENERS = Set.of("in", "on", "at", "during", "via", "through", "last",
            "earlier", "later", "recently");

    /** Short words a title leaves in lower case ("Eye of the Tiger", "This Week with George Stephanopoulos"). */
    private static final Set<String> TITLE_FUNCTION_WORDS = Set.of("of", "the", "a", "an", "and", "or", "in", "on", "at",
            "to", "for", "with", "by", "from", "vs", "de");

    private static final Set<String> REFLEXIVES = Set.of("itself", "himself", "herself", "themselves", "ourselves",
            "myself", "yourself");

    private static final Set<String> RESPONSE_VERBS = Set.of("responded", "responds", "respond", "responding", "reacted",
            "reacts", "react", "reacting");

    /** Verbs of refusal whose short infinitive is already a stance of its own: "X declined to comment". */
    private static final Set<String> REFUSALS = Set.of("declined", "refused", "refuses");

    /** Words after a stance verb that show it takes no object claim: "endorsed by", "backed away", "defended himself". */
    private static final Set<String> STANCE_OBJECT_BLOCKERS = Set.of("by", "to", "away", "off", "out", "down", "up", "that", "as",
            "itself", "himself", "herself", "themselves", "ourselves", "myself", "it", "this", "what");

    /** Verbs of regard that are a stance only as "X sees Y as Z" ("party leaders see him as an asset"). */
    private static final Set<String> SEEING_AS = Set.of("see", "sees", "saw", "viewed", "regards", "regarded");

    /** Words that end a stance's object phrase: the occasion or reason after it, or the next clause. */
    private static final Set<String> STANCE_OBJECT_ENDS = Set.of("during", "after", "before", "while", "when", "because",
            "since", "but", "yesterday", "today", "tonight", "here", "there", "recently", "publicly", "repeatedly",
            "again", "also", "who", "whom", "which", "whose", "where", "though", "although", "even", "until", "amid", "despite",
            "weeks", "days", "months", "years", "ago");

    /** Words that open an occasion after a stance's object when a time, a medium or an event follows. */
    private static final Set<String> STANCE_OCCASION_OPENERS = Set.of("in", "on", "at", "during", "over", "within",
            "throughout", "last", "this", "earlier", "next", "late", "early");

    /** Nouns and determiners after "in/on/at" that make an occasion of the phrase: "in a statement", "at the debate". */
    private static final Set<String> STANCE_OCCASION_WORDS = Set.of("a", "an", "his", "her", "their", "its", "twitter",
            "facebook", "tv", "television", "camera", "week", "month", "year", "weekend", "night", "morning", "evening",
            "afternoon", "early", "late", "mid", "recent", "the", "interviews", "remarks", "statements", "speeches", "rallies", "campaign");

    /** Verbs whose object is a claim noun: "rejected claims that", "denied allegations of". */
    private static final Set<String> CLAIM_NOUN_VERBS = Set.of(
            "rejected", "rejects", "rejecting", "denied", "denies", "denying", "dismissed", "dismisses",
            "dismissing", "refuted", "refutes", "refuting", "disputed", "disputes", "disputing", "repeated",
            "repeats", "repeating", "reiterated", "made", "makes", "making", "echoed", "echoes", "rebuffed",
            "rebuts", "rebutted", "countered", "contested", "contests", "challenged", "brushed", "slammed",
            "decried", "condemned", "denounced", "called", "labelled", "labeled", "pushed");

    /** Stance verbs whose bare form is also a noun ("support", "oppose" is kept with it for "would oppose"). */
    private static final Set<String> BARE_STANCE_VERBS = Set.of("support", "oppose");

    /** Words after which a bare "support" or "oppose" is a verb; "you" is left out ("Do you support X?" asks). */
    private static final Set<String> BARE_STANCE_OPENERS = Set.of("i", "we", "they", "who", "would", "will", "can",
            "could", "should", "may", "might", "must", "to", "not", "do", "don't", "don’t", "did", "didn't", "didn’t",
            "'ll", "’ll", "also", "still");

    /** Adverbs between a subject and a stance verb ("they strongly support"). */
    private static final Set<String> STANCE_ADVERBS = Set.of("strongly", "generally", "overwhelmingly", "largely",
            "firmly", "now", "also", "still", "all", "both", "even", "actually", "publicly", "privately");

    /** Claim nouns that take "of" as well as "that" ("allegations of sending drones"). */
    private static final Set<String> OF_NOUNS = Set.of("allegation", "allegations", "accusation", "accusations",
            "charge", "charges", "claims", "claim", "suggestion", "suggestions", "denial");

    private static final int MIN_CONTENT_WORDS = 3;

    /** Tokens a speaker with its apposition may take between a quote and a cue after it. */
    private static final int MAX_APPOSED_SPEAKER = 32;

    private static final String OPENING_MARKS = "\"“«„";
    private static final String CLOSING_MARKS = "\"”»";

    /** Lower-case words inside a "Speaker at Venue:" headline. */
    private static final Set<String> COLON_CONNECTORS = Set.of("to", "at", "on", "in", "of", "for", "and", "the");

    /** Headline labels that are not speakers ("Update: …", "Watch: …"). */
    private static final Set<String> NOT_SPEAKERS = Set.of("update", "updated", "note", "editor's", "watch", "video",
            "photos", "photo", "read", "related", "breaking", "exclusive", "analysis", "opinion", "live",
            "q", "a", "here", "this", "that", "the", "but", "and", "so", "example", "answer", "question", "warning",
            "bottom", "source", "sources", "correction", "disclosure", "also", "more", "see", "full", "transcript",
            "contributing", "revealed", "wow", "boom", "look", "bombshell", "just", "email", "pic", "paid", "stat");

    /** Cue forms that are also singular nouns: "a strong showing in Iowa", "the hit CW show, but". */
    private static final Set<String> SINGULAR_NOUN_FORMS = Set.of("show", "showing");

    /** Words that follow a noun but never open what a verb of showing shows. */
    private static final Set<String> AFTER_NOUN_ONLY = Set.of("in", "on", "at", "for", "from", "with", "by", "since",
            "among", "of", "and", "or", "but");

    /** Articles and possessives that open a noun phrase, without "that" and "this", which also open clauses. */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("a", "an", "the", "another", "his", "her", "their",
            "its", "our", "my", "your");

    private static final Set<String> BE_FORMS = Set.of("is", "was", "were", "are", "be", "been", "being", "'s");

    private static final Set<String> PASSIVE_ADVERBS = Set.of("also", "widely", "reportedly", "previously", "first",
            "often", "not", "never", "already", "initially", "originally", "later");

    /** What a statement travels in: "she released a statement saying …" is her saying it. */
    private static final Set<String> MEDIUM_NOUNS = Set.of("statement", "response", "letter", "tweet", "post", "message",
            "note", "memo", "ad", "advertisement", "video", "email", "e-mail", "release", "op-ed", "column", "speech",
            "interview", "remarks", "report");

    /** A comma before one of these opens a clause that is not part of the claim (", while Cruz said …"). */
    private static final Set<String> TRAILING_CLAUSE_OPENERS = Set.of("while", "whereas", "although", "though",
            "who", "which", "whose", "leading", "prompting", "after", "before", "amid", "sending", "making", "a", "an",
            "despite", "even", "where", "compared");

    /**
     * A dash before one of these, with no dash after it to close an aside, opens the writer's apposition to the claim
     * ("… Ford and Apple — all businesses that he has assailed").
     */
    private static final Set<String> DASH_APPOSITION_OPENERS = Set.of("a", "an", "all", "something", "one", "another");

    /** ", and when asked …, he said": after ", and" these open the setting of the writer's next clause. */
    private static final Set<String> SETTING_AFTER_AND = Set.of("when", "asked", "after", "later");

    /** A dash before one of these opens an aside that is not part of the claim ("… — and he singled out …"). */
    private static final Set<String> DASH_CLAUSE_OPENERS = Set.of("and", "but", "which", "who", "while", "though",
            "although", "including", "even");

    /** ", which was sponsored by …" after a cue and its adjuncts describes the occasion, it is not what was said. */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whose", "whom", "where");

    /** Prepositions that open the occasion of a statement ("In an interview, …", "During the debate, …"). */
    private static final Set<String> OCCASION_PREPOSITIONS = Set.of("in", "on", "at", "during", "with", "from", "for",
            "by", "over", "within", "throughout", "amid", "despite");

    /** "Before the judge died, …", "Even as the race moves on, …": a subordinate clause alone is the setting, not a claim. */
    private static final Set<String> SUBORDINATORS = Set.of("before", "after", "when", "whenever", "while", "as", "since",
            "although", "though", "even", "if", "unless", "until", "once", "because");

    /**
     * "she is going to vote for Trump but has withheld her endorsement": after "but", a finite verb without a
     * subject of its own goes on with the speaker's clause, not with the claim.
     */
    private static final Set<String> SUBJECTLESS_PREDICATE = Set.of("has", "have", "had", "is", "was", "were", "are",
            "did", "does", "do", "took", "takes", "declined", "declines", "refused", "refuses", "would", "will", "also",
            "still", "added", "acknowledged", "conceded", "stopped", "stops", "offered", "gave", "made", "didn't",
            "doesn't", "hasn't", "wouldn't", "won't", "cautioned", "warned", "noted", "insisted", "said", "says");

    /** Words that open a content clause without "that" after a verb of belief ("I think we can win"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "they", "it", "there");

    /** Finite auxiliaries, copulas and modals: one among the first words of a content clause makes it a clause. */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
            "should", "may", "might", "must", "has", "have", "had", "does", "did", "do", "isn't", "aren't", "wasn't",
            "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't", "doesn't", "didn't",
            "don't", "isn’t", "aren’t", "wasn’t", "won’t", "wouldn’t", "can’t", "couldn’t", "hasn’t", "doesn’t",
            "didn’t", "don’t");

    /** Sentence adverbs and connectives that frame a proposition when set off by a comma at its start. */
    private static final Set<String> DISCOURSE_MARKERS = Set.of("of course", "unfortunately", "fortunately", "however",
            "indeed", "in fact", "after that", "moreover", "furthermore", "therefore", "meanwhile", "finally", "frankly",
            "honestly", "clearly", "obviously", "in addition", "at the same time", "in other words", "on the other hand",
            "for example", "for instance", "well", "again", "sadly", "as a result", "in short", "basically", "actually",
            "certainly", "surely", "in any case", "anyway", "by the way", "besides", "nevertheless", "nonetheless",
            "thus", "hence", "consequently", "likewise", "similarly", "instead", "still", "then", "now", "first",
            "second", "third", "secondly", "firstly", "lastly", "above all", "in the end", "to be sure", "of course not");

    /** A performative preface: "I would like to emphasize here that C" asserts C. */
    private static final List<String> PREFACE_MODALS = List.of("would like to", "'d like to", "’d like to", "want to",
            "wish to", "must", "have to", "should", "can", "need to");

    private static final Set<String> PREFACE_VERBS = Set.of("emphasize", "emphasise", "stress", "say", "note", "point out",
            "underline", "add", "reiterate", "repeat", "clarify", "state", "mention", "announce", "tell you", "remind you",
            "make clear", "make it clear", "assure you", "declare", "underscore");

    private static final List<String> PREFACE_ADVERBS = List.of("here", "once again", "again", "now", "clearly", "also");

    /** Conjunctions that open a subordinate clause before the main clause of a sentence ("While …, …"). */
    private static final Set<String> CLAUSE_SUBORDINATORS = Set.of("while", "whereas", "although", "though", "when",
            "whenever", "if", "because", "since", "unless", "until", "once", "after", "before", "as", "even");

    /** Openers that end the claim even when another comma follows. */
    private static final Set<String> ADVERSATIVES = Set.of("while", "whereas", "although", "though");

    /** A word after a noun-or-verb cue that shows it is the noun ("the claims first emerged", "reports have"). */
    private static final Set<String> FINITE_AFTER_NOUN = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "could", "can", "may", "might", "should", "must", "first", "emerged", "surfaced", "came", "began");

    /** Cue forms that are verbs only, besides past forms in "-ed". */
    private static final Set<String> NEVER_NOUNS = Set.of("said", "say", "says", "told", "wrote", "thought", "knew", "believes",
            "thinks", "argues", "insists", "suggests");

    /** "show" is a programme after a kind of programme ("a talk show host", "his reality TV show"). */
    private static final Set<String> SHOW_NOUNS = Set.of("show", "shows");

    private static final Set<String> SHOW_MODIFIERS = Set.of("talk", "tv", "reality", "radio", "morning", "game", "news",
            "hit", "cooking", "late-night", "road", "television", "comedy", "variety", "cable", "evening", "night");

    private static final Set<String> ADDRESSEES = Set.of("him", "her", "them", "us", "me", "reporters", "voters",
            "supporters", "journalists", "listeners", "viewers", "lawmakers", "parliament", "congress");

    /** Words that open an adjunct between a cue and its "that": "said in a statement that", "told CNN on Monday that". */
    private static final Set<String> ADJUNCT_STARTERS = Set.of("in", "on", "at", "during", "to", "last", "this", "earlier",
            "later", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "after", "before", "while", "when", "via", "through", "privately", "publicly",
            "repeatedly", "again", "also", "afterward", "afterwards", "previously", "then", "late", "early", "next",
            "over", "from", "for", "with", "about", "of");

    /** Modals that make a verb of intention a supposition: "may want to", "would want to". */
    private static final Set<String> HYPOTHETICAL_MODALS = Set.of("may", "might", "could", "should", "would", "'d", "’d");

    /** Verbs of telling whose "to" opens what is promised ("promised to cut taxes"), not the addressee ("told to reporters"). */
    private static final Set<String> COMMITMENT_VERBS = Set.of("promise", "promises", "promised", "promising");

    /** Prepositions in "-ing" that open a phrase, not a participle. */
    private static final Set<String> ING_PREPOSITIONS = Set.of("during", "including", "regarding", "concerning", "according",
            "following", "considering", "notwithstanding", "pending", "excluding", "barring");

    /** A particle after a verb makes another verb: "showed up", "called off", "told off". */
    private static final Set<String> VERB_PARTICLES = Set.of("up", "off");

    /** Verbs that put a question: "X asked (Y) whether C", "Asked about C, X said". */
    private static final Set<String> QUESTION_CUES = Set.of("asked", "asks", "asking");

    /** Words that open the question a verb of asking reports: "asked whether …", "asked what …", "asked about …". */
    private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "what", "who", "whom", "whose", "why",
            "how", "when", "where", "which", "about");

    /** Verbs by which a document reports what it establishes: "a poll released Tuesday showed …". */
    private static final Set<String> FINDING_CUES = Set.of("show", "shows", "showed", "found", "finds", "suggests",
            "suggested", "reveals", "revealed", "indicates", "indicated");

    /** Documents that are the source of what they show: polls, surveys, reports, studies, records. */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("poll", "polls", "polling", "survey", "surveys", "report",
            "reports", "study", "studies", "review", "analysis", "data", "records", "figures", "filings", "documents",
            "research", "statistics", "audit", "investigation", "tally", "census", "memo", "results", "numbers",
            "estimates", "findings", "report's", "poll's", "survey's");

    /** Words after a document noun that go on with its phrase: "a poll out Monday", "polls last week", "polls continue to". */
    private static final Set<String> DOCUMENT_MODIFIERS = Set.of("out", "last", "this", "earlier", "continue", "continues",
            "seem", "seems", "also", "released", "published", "conducted", "compiled", "taken");

    /** Words that open the clause a document subject stands in, so the subject starts after them. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "that", "which", "while", "because", "since", "when",
            "after", "and", "but", "so", "yet", "still", "though", "although", "if", "where", "whereas");

    /**
     * Verbs that take a verb of saying as their infinitive and share its subject: "continued to assert that". Not
     * "seemed/appeared to confirm", which is the writer's reading of what the subject did.
     */
    private static final Set<String> CATENATIVE_VERBS = Set.of("continued", "continues", "continue", "began", "begins",
            "started", "starts", "went", "goes", "used", "tends", "tended",
            "proceeded", "rushed", "hastened", "was quick", "were quick");

    /** Words that open the occasion of a question after its topic ("asked about X during the debate"). */
    private static final Set<String> OCCASION_STARTERS = Set.of("during", "after", "before", "while", "at");

    /**
     * Words that open a verbless phrase after a cue: the place, agent or time of the saying ("Lerer reported from Los
     * Angeles", "a fact first reported by Christopher Heath", "columns Bradley wrote while a student"), not a claim.
     * Not "about" or "with": "raise questions about possible conflicts" and "agreed with the analysis" are claims.
     */
    private static final Set<String> BARE_ADJUNCT_OPENERS = Set.of("from", "by", "while", "before", "after");

    /** What may stand between "found" and "way(s)" when a means, not a fact, was found. */
    private static final Set<String> WAY_DETERMINERS = Set.of("a", "the", "new", "other", "some", "no", "many");

    /** Words after the noun "questions" that introduce what the questions are about. */
    private static final Set<String> QUESTION_TOPIC_OPENERS = Set.of("about", "as", "over", "on", "regarding",
            "concerning", "surrounding", "whether", "for", "of");

    /** Adverbs without "-ly" that stand between a subject and its verb ("he often questions", "she still says"). */
    private static final Set<String> VERB_ADVERBS = Set.of("often", "also", "still", "never", "always", "now", "even",
            "again", "already", "too", "seldom");

    private final ClaimsLexicon lexicon = ClaimsLexicon.get();

    /** The claims of a document, and whether the extractor got through all of it. */
    public record Extraction(List<Attribution> attributions, boolean complete) {
    }

    private record Cue(int first, int end, CueKind kind) {
    }

    /** Cue and speaker tokens of one attribution; speaker may be {@code null} (implied). */
    private record Link(Cue cue, int[] speaker) {
    }

    /**
     * Extracts the claims of {@code doc}, checking {@code outOfTime} between sentences and stopping early
     * (with {@code complete == false}) when it says so.
     */
    public Extraction extract(TextDocument doc, BooleanSupplier outOfTime) {
        return new Run(doc, outOfTime).extract();
    }

    private final class Run {

        private final TextDocument doc;
        private final Tokens tokens;
        private final Phrases phrases;
        private final BooleanSupplier outOfTime;
        private final BitSet quoted = new BitSet();
        private final BitSet usedCues = new BitSet();
        /** Cues after a quote that is a phrase of the writer's sentence: they report that sentence too. */
        private final BitSet sentenceCues = new BitSet();
        /** Cues after a quote that go on to a content clause of their own ("“…,” one said the cases differ"). */
        private final Map<Integer, int[]> speakersOfForwardCues = new HashMap<>();
        private final Map<Integer, int[]> lastSpeakerInSentence = new HashMap<>();
        private final List<Attribution> out = new ArrayList<>();
        private final TreeMap<Integer, Integer> reportedEnds = new TreeMap<>();
        private List<Cue> cues = List.of();
        private boolean complete = true;

        Run(TextDocument doc, BooleanSupplier outOfTime) {
            this.doc = doc;
            this.tokens = doc.tokens();
            this.phrases = new Phrases(doc, lexicon);
            this.outOfTime = outOfTime;
        }

        Extraction extract() {
            List<QuoteSegment> quotes = QuoteFinder.find(doc, lexicon::isVerbCue);
            for (QuoteSegment q : quotes) {
                int first = tokens.firstEndingAfter(q.start());
                for (int t = first; t < tokens.size() && tokens.start(t) < q.end(); t++) {
                    quoted.set(t);
                }
            }
            cues = findCues();
            Link[] links = attributeQuotes(quotes);
            if (!outOfTime.getAsBoolean()) {
                extractReportedSpeech();
            } else {
                complete = false;
            }
            for (Attribution a : out) {
                reportedEnds.merge(a.start(), a.end(), Math::max);
            }
            emitQuotes(quotes, links);
            out.sort(Comparator.comparingInt(Attribution::start).thenComparingInt(Attribution::end));
            return new Extraction(removeOverlaps(out), complete);
        }

        // ---- cues -------------------------------------------------------------------------------------

        private List<Cue> findCues() {
            List<Cue> found = new ArrayList<>();
            int n = tokens.size();
            for (int t = 0; t < n; t++) {
                if (!tokens.isWord(t) || quoted.get(t)) {
                    continue;
                }
                for (ClaimsLexicon.CuePhrase phrase : lexicon.cuesStartingWith(tokens.lower(t))) {
                    String[] words = phrase.words();
                    if (!matches(t, words)) {
                        continue;
                    }
                    int end = t + words.length;
                    if (acceptable(t, end, phrase.kind())) {
                        found.add(new Cue(t, end, phrase.kind()));
                        t = end - 1;
                        break;
                    }
                }
            }
            return found;
        }

        private boolean matches(int t, String[] words) {
            if (t + words.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                if (!tokens.isWord(t + k, words[k])) {
                    return false;
                }
            }
            return true;
        }

        private boolean acceptable(int first, int end, CueKind kind) {
            String previous = first > 0 && tokens.isWord(first - 1) ? tokens.lower(first - 1) : "";
            // "Several said", "Most believe": a quantifier stands as the subject of a verb form that cannot be a
            // plural noun ("some reports", "many questions" stay nouns).
            boolean quantifierSubject = Phrases.isStandaloneQuantifier(previous) && !lexicon.isNounCue(tokens.lower(first))
                    && !tokens.lower(first).endsWith("s");
            boolean nounContext = Phrases.DETERMINERS.contains(previous) && !quantifierSubject || previous.endsWith("'s")
                    || previous.endsWith("s'") || CLAIM_NOUN_VERBS.contains(previous);
            String next = end < tokens.size() && tokens.isWord(end) ? tokens.lower(end) : "";
            if (kind == CueKind.NOUN) {
                return next.equals("that") || next.equals("of") && OF_NOUNS.contains(tokens.lower(first));
            }
            if (kind == CueKind.ACCORDING) {
                return true;
            }
            boolean broadcast = SHOW_NOUNS.contains(tokens.lower(first)) && SHOW_MODIFIERS.contains(previous);
            // "which officials said will take effect": a form that is never a noun reports a clause whose subject
            // went before ("which", "who"), so a finite verb after it does not make it a noun.
            boolean nounAhead = FINITE_AFTER_NOUN.contains(next) && !NEVER_NOUNS.contains(tokens.lower(first))
                    && !tokens.lower(first).endsWith("ed");
            return !nounContext && !broadcast && !nounAhead && !VERB_PARTICLES.contains(next) && !otherSense(first, end)
                    && !headOfModifiedNoun(first);
        }

        /**
         * "a poor showing in the Iowa caucuses", "the hit CW show, but": a cue form that is also a singular noun, after an
         * article and up to three modifiers and before a preposition, a conjunction or a comma, heads a noun phrase and
         * shows nothing. A plural word before it is a subject ("the exit polls show"), a document before it is the source
         * of a reduced clause ("a new poll showing C"), a preposition before it ends a longer subject ("figures from the
         * Ministry of Agriculture show."), and what is shown follows it ("the table showing how").
         */
        private boolean headOfModifiedNoun(int first) {
            if (!SINGULAR_NOUN_FORMS.contains(tokens.lower(first)) || first + 1 >= tokens.size()) {
                return false;
            }
            int after = first + 1;
            boolean nounFollower = tokens.isWord(after) ? AFTER_NOUN_ONLY.contains(tokens.lower(after)) : tokens.is(after, ',');
            if (!nounFollower) {
                return false;
            }
            for (int t = first - 1; t >= 0 && t >= first - 6; t--) {
                if (tokens.is(t, '-')) {
                    continue;
                }
                if (!tokens.isWord(t)) {
                    return false;
                }
                String word = tokens.lower(t);
                if (NOUN_PHRASE_OPENERS.contains(word)) {
                    return t < first - 1;
                }
                boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ous");
                if (plural || word.endsWith("ly") || word.endsWith("'s") || DOCUMENT_NOUNS.contains(word)
                        || AFTER_NOUN_ONLY.contains(word)
                        || SUBJECT_PRONOUNS.contains(word) || AUXILIARIES.contains(word)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A cue word in a sense that reports nothing: "found itself at the centre" and "helped found the group" (not
         * finding that), "responded by cutting aid" (an action, unlike "responded by saying").
         */
        private boolean otherSense(int first, int end) {
            String word = tokens.lower(first);
            String previous = first > 0 && tokens.isWord(first - 1) ? tokens.lower(first - 1) : "";
            String next = end < tokens.size() && tokens.isWord(end) ? tokens.lower(end) : "";
            if (word.equals("found")) {
                return REFLEXIVES.contains(next) || previous.equals("to") || previous.startsWith("help") || foundAWay(end);
            }
            if (modifiesOrNames(word, first, next) || questionsWithoutTopic(word, first, previous, next)) {
                return true;
            }
            if (RESPONSE_VERBS.contains(word) && next.equals("by") && end + 1 < tokens.size() && tokens.isWord(end + 1)) {
                return !lexicon.isVerbCue(tokens.lower(end + 1));
            }
            return false;
        }

        /** "found a way to win", "have found ways to press": a means was discovered, nothing was reported as found. */
        private boolean foundAWay(int end) {
            int t = end < tokens.size() && tokens.isWord(end) && WAY_DETERMINERS.contains(tokens.lower(end)) ? end + 1 : end;
            return t < tokens.size() && tokens.isWord(t) && (tokens.lower(t).equals("way") || tokens.lower(t).equals("ways"));
        }

        /**
         * A cue form that modifies or names a noun instead of reporting: "a lead in pledged delegates" (the delegates
         * bound to a candidate), "the so called special relationship" (a label, as "so-called" is written apart).
         */
        private boolean modifiesOrNames(String word, int first, String next) {
            if (word.equals("pledged")) {
                return next.equals("delegates") || next.equals("delegate");
            }
            if (!word.equals("called")) {
                return false;
            }
            int before = first - 1;
            if (before >= 0 && tokens.is(before, '-')) {
                before--;
            }
            return before >= 0 && tokens.isWord(before, "so") || namesOrPhones(first);
        }

        /**
         * "a group called Black Votes Matter, led by …", "a program called Sandy Hook Promise." and "Mr. Obama called
         * Naghmeh Abedini." or "she called Sanders to congratulate him": "called" before a bare name that ends the
         * sentence or is followed by "to" names something or telephones someone; so does a name set off by a comma or
         * a relative pronoun after a common noun ("a firm called Cambridge Analytica, which"). "Trump called Clinton,
         * his rival, an ISIS co-founder" keeps its cue: a name or a pronoun stands before "called".
         */
        private boolean namesOrPhones(int first) {
            int t = first + 1;
            int nameWords = 0;
            while (t < tokens.size() && nameWords <= 4
                    && (tokens.isWord(t) && tokens.isCapitalized(t) || tokens.is(t, '.') && phrases.isAbbreviationDot(t))) {
                nameWords += tokens.isWord(t) ? 1 : 0;
                t++;
            }
            if (nameWords == 0 || nameWords > 4 || t >= tokens.size()) {
                return nameWords > 0 && nameWords <= 4;
            }
            if (tokens.is(t, '.') || tokens.is(t, ';') || tokens.isWord(t, "to")) {
                return true;
            }
            boolean setOff = tokens.is(t, ',') || tokens.isWord(t) && RELATIVE_PRONOUNS.contains(tokens.lower(t));
            int noun = first - 1;
            if (!setOff || noun < 0 || !tokens.isWord(noun) || tokens.isCapitalized(noun)) {
                return false;
            }
            String word = tokens.lower(noun);
            return !word.endsWith("s") && !word.endsWith("ly") && !SUBJECT_PRONOUNS.contains(word)
                    && !RELATIVE_PRONOUNS.contains(word) && !VERB_ADVERBS.contains(word) && !AUXILIARIES.contains(word)
                    && !word.equals("that") && !word.equals("then");
        }

        /**
         * The noun "questions" after a modifier or a verb that takes it as object ("faced bigger questions in light
         * of", "took questions and posed for photos") reports a claim only through its topic ("questions about
         * whether C", "questions over C"); the verb ("Sanders often questions her ties") is told apart by what
         * stands before it: a subject, a relative pronoun or an adverb.
         */
        private boolean questionsWithoutTopic(String word, int first, String previous, String next) {
            if (!word.equals("questions") || previous.isEmpty() || tokens.isCapitalized(first - 1)
                    || QUESTION_TOPIC_OPENERS.contains(next) || tokens.is(first + 1 < tokens.size() ? first + 1 : first, ':')) {
                return false;
            }
            return !SUBJECT_PRONOUNS.contains(previous) && !RELATIVE_PRONOUNS.contains(previous) && !previous.equals("that")
                    && !previous.endsWith("ly") && !VERB_ADVERBS.contains(previous);
        }

        private int cueIndexAtOrAfter(int t) {
            int lo = 0;
            int hi = cues.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cues.get(mid).first() < t) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private Cue cueStartingAt(int t) {
            int i = cueIndexAtOrAfter(t);
            return i < cues.size() && cues.get(i).first() == t ? cues.get(i) : null;
        }

        // ---- direct quotes ----------------------------------------------------------------------------

        private Link[] attributeQuotes(List<QuoteSegment> quotes) {
            Link[] links = new Link[quotes.size()];
            for (int i = 0; i < quotes.size(); i++) {
                if (outOfTime.getAsBoolean()) {
                    complete = false;
                    break;
                }
                QuoteSegment q = quotes.get(i);
                QuoteSegment next = i + 1 < quotes.size() ? quotes.get(i + 1) : null;
                QuoteSegment previous = i > 0 ? quotes.get(i - 1) : null;
                Link link = links[i] != null ? links[i] : after(q, next);
                if (link == null) {
                    link = before(q, previous);
                }
                if (link != null && next != null && resumesAfter(link, next)) {
                    links[i + 1] = link;
                }
                if (link != null) {
                    usedCues.set(link.cue().first());
                    links[i] = link;
                    if (link.speaker() != null) {
                        lastSpeakerInSentence.put(doc.sentenceOf(link.cue().first()), link.speaker());
                    }
                }
            }
            Map<Integer, Link> byChain = new HashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                if (links[i] != null) {
                    byChain.putIfAbsent(quotes.get(i).chain(), links[i]);
                }
            }
            for (int i = 0; i < quotes.size(); i++) {
                if (links[i] == null) {
                    links[i] = byChain.get(quotes.get(i).chain());
                }
            }
            return links;
        }

        /** "…," he said, "…": the next quote opens right after this attribution and continues the sentence. */
        private boolean resumesAfter(Link link, QuoteSegment next) {
            if (next.open() < 0 || next.paragraph() != doc.paragraphAt(tokens.start(link.cue().first()))) {
                return false;
            }
            int last = Math.max(link.cue().end(), link.speaker() == null ? 0 : link.speaker()[1]);
            int open = tokens.firstEndingAfter(next.open());
            if (open < last || tokens.start(last < tokens.size() ? last : tokens.size() - 1) > next.open()) {
                return false;
            }
            for (int k = last; k < open; k++) {
                if (!tokens.is(k, ',') && !tokens.is(k, ':')) {
                    return false;
                }
            }
            return true;
        }

        /** "…," he added / "…," said Matt Latimer / "…," told X to reporters. */
        private Link after(QuoteSegment q, QuoteSegment next) {
            Paragraph paragraph = doc.paragraphs().get(q.paragraph());
            int limitOffset = next != null && next.paragraph() == q.paragraph() ? Math.max(q.after(), next.open() >= 0 ? next.open() : next.start())
                    : paragraph.end();
            int t = tokens.firstEndingAfter(q.after());
            if (t >= tokens.size() || tokens.start(t) >= limitOffset) {
                return null;
            }
            if (tokens.is(t, ',') || tokens.is(t, '—') || tokens.is(t, '-')) {
                t++;
            }
            int sentenceEnd = sentenceEndToken(t);
            int limit = Math.min(sentenceEnd, tokens.firstEndingAfter(limitOffset));
            if (t >= limit) {
                return null;
            }
            Cue inverted = cueStartingAt(t);
            if (inverted != null && inverted.kind() != CueKind.NOUN && inverted.kind() != CueKind.ACCORDING && !usedCues.get(t)) {
                int[] speaker = phrases.describedSpeakerAfter(inverted.end(), limit);
                if (speaker == null) {
                    speaker = speakerBeforeParticiple(inverted.end(), limit);
                }
                if (speaker != null) {
                    return new Link(inverted, speaker);
                }
            }
            for (int c = t + 1; c < limit && c <= t + MAX_APPOSED_SPEAKER; c++) {
                if (tokens.is(c, '(')) {
                    c = closingParenthesis(c, limit);
                    continue;
                }
                if (tokens.is(c, '.') && !phrases.isAbbreviationDot(c) || tokens.is(c, '!') || tokens.is(c, '?') || tokens.is(c, ';')
                        || isQuoteMark(c)) {
                    return null;
                }
                Cue cue = cueStartingAt(c);
                if (cue == null || cue.kind() == CueKind.NOUN || cue.kind() == CueKind.ACCORDING || usedCues.get(c)) {
                    continue;
                }
                // "…," Fred Kagan, director of the Critical Threats Project at …, said: past a short speaker phrase
                // only an apposition closed by its comma may stand between the quote and the cue.
                if (c > t + 14 && !tokens.is(c - 1, ',')) {
                    return null;
                }
                int ownContentWords = forwardContentWords(cue, sentenceEnd);
                boolean reportsOwnContent = ownContentWords >= MIN_CONTENT_WORDS;
                if (reportsOwnContent && (endsSentence(q) || wordCount(q.start(), q.end()) <= 4 && !opensSentence(q))) {
                    return null;
                }
                // "“…” The ministry said nothing.": after a quote that ended its sentence, a cue with an object of its
                // own starts a sentence about something else.
                if (ownContentWords > 0 && endsSentence(q)) {
                    return null;
                }
                int end = c;
                while (end > t && phrases.isVerbCompanion(end - 1)) {
                    end--;
                }
                for (int k = t + 1; k < end; k++) {
                    if (tokens.is(k, ',') || tokens.is(k, '(')) {
                        end = k;
                        break;
                    }
                }
                // "“Good Morning America” Tuesday, he said, “…”": a time is no speaker, so the quote is a title
                if (end > t && startsSpeakerPhrase(t) && !(end == t + 1 && Phrases.isCalendarWord(tokens.lower(t)))) {
                    if (quotedInsideWritersSentence(q)) {
                        sentenceCues.set(c);
                    }
                    if (reportsOwnContent) {
                        speakersOfForwardCues.put(c, new int[] {t, end});
                    }
                    return new Link(cue, new int[] {t, end});
                }
                return null;
            }
            return null;
        }

        /**
         * "Teachers there are “very, very pro-Bernie,” Kilfoyle said": a quote that the writer's own words lead into
         * within one sentence is a phrase of that sentence, so the attribution after it also reports the whole
         * sentence (as reported speech, which then absorbs the quote); the quote keeps the link for the quotes
         * that continue it.
         */
        private boolean quotedInsideWritersSentence(QuoteSegment q) {
            if (q.open() < 0 || !q.closed() || !endsMidSentence(q)) {
                return false;
            }
            int open = tokens.firstEndingAfter(q.open());
            if (open >= tokens.size() || open == 0 || tokens.is(open - 1, ':') || tokens.is(open - 1, ',')) {
                return false;
            }
            Sentence sentence = doc.sentences().get(doc.sentenceOf(open));
            if (sentence.end() < q.end()) {
                return false;
            }
            int leading = 0;
            for (int k = sentence.firstToken(); k < open; k++) {
                if (cueStartingAt(k) != null) {
                    return false;
                }
                if (tokens.isWord(k) && !quoted.get(k)) {
                    leading++;
                }
            }
            return leading >= 2;
        }

        /**
         * "…," said one Republican involved in the planning: an inverted speaker followed by a participle phrase that
         * describes it (a reduced relative clause); the speaker before the participle, or {@code null}.
         */
        private int[] speakerBeforeParticiple(int first, int limit) {
            for (int k = first + 1; k < limit && k <= first + 6; k++) {
                if (!tokens.isWord(k)) {
                    return null;
                }
                String word = tokens.lower(k);
                if (!tokens.isCapitalized(k) && (word.endsWith("ed") || word.endsWith("ing")) && !lexicon.isVerbCue(word)) {
                    return phrases.speakerAfter(first, k);
                }
            }
            return null;
        }

        /** The ")" that closes the "(" at {@code open}, or {@code limit} when it stays open. */
        private int closingParenthesis(int open, int limit) {
            for (int k = open + 1; k < limit && k <= open + 8; k++) {
                if (tokens.is(k, ')')) {
                    return k;
                }
            }
            return limit;
        }

        /** "… France." He said …: the quote ended its sentence, so what follows is a sentence of its own. */
        private boolean endsSentence(QuoteSegment q) {
            int e = q.end() - 1;
            while (e > q.start() && isQuoteOrSpace(doc.charAt(e))) {
                e--;
            }
            return e > q.start() && doc.charAt(e) == '.';
        }

        /** The quote opens its sentence: a whole utterance, not a phrase quoted inside the writer's sentence. */
        private boolean opensSentence(QuoteSegment q) {
            int open = tokens.firstEndingAfter(q.open() >= 0 ? q.open() : q.start());
            return open < tokens.size() && doc.sentences().get(doc.sentenceOf(open)).firstToken() == open;
        }

        private boolean isQuoteMark(int t) {
            if (tokens.isWord(t)) {
                return false;
            }
            String c = tokens.lower(t);
            return c.equals("\"") || c.equals("“") || c.equals("”") || c.equals("«") || c.equals("»");
        }

        private boolean startsSpeakerPhrase(int t) {
            if (!tokens.isWord(t)) {
                return false;
            }
            String w = tokens.lower(t);
            return tokens.isCapitalized(t) || Phrases.isPronoun(w) || Phrases.DETERMINERS.contains(w)
                    || lexicon.isSourceNoun(w) || lexicon.isPersonRoleNoun(w) || lexicon.isOrganisationRoleNoun(w)
                    || lexicon.isTitle(w);
        }

        private int forwardContentWords(Cue cue, int sentenceEnd) {
            int first = contentStartAfter(cue, sentenceEnd);
            if (first < sentenceEnd && (tokens.is(first - 1, ',') || tokens.is(first - 1, ':')) && first - 1 == cue.end()) {
                return 0;
            }
            if (first < sentenceEnd && startsAdjunct(first)) {
                return 0;
            }
            return words(first, sentenceEnd);
        }

        private boolean startsAdjunct(int t) {
            return tokens.isWord(t) && ADJUNCT_STARTERS.contains(tokens.lower(t)) && !tokens.isWord(t, "that");
        }

        /** He added, "…" / X said: "…" / X: "…". */
        private Link before(QuoteSegment q, QuoteSegment previous) {
            int anchor = q.open() >= 0 ? q.open() : q.start();
            int e = tokens.firstEndingAfter(anchor) - 1;
            if (q.open() < 0) {
                e = tokens.firstEndingAfter(q.start()) - 1;
            }
            if (e < 0) {
                return null;
            }
            Paragraph paragraph = doc.paragraphs().get(q.paragraph());
            int floorOffset = paragraph.start();
            if (previous != null && previous.paragraph() == q.paragraph()) {
                floorOffset = Math.max(floorOffset, previous.after());
            }
            int floor = Math.max(tokens.firstEndingAfter(floorOffset), doc.sentences().get(doc.sentenceOf(e)).firstToken());
            if (e < floor) {
                return null;
            }
            boolean punctuated = tokens.is(e, ',') || tokens.is(e, ':') || tokens.is(e, '—');
            int last = punctuated ? e - 1 : e;
            if (last < floor) {
                return null;
            }
            if (tokens.isWord(last, "that")) {
                return null;
            }
            for (int c = last; c >= floor && c >= last - 6; c--) {
                if (tokens.is(c, ',') || tokens.is(c, '.') && !phrases.isAbbreviationDot(c) || tokens.is(c, ';')) {
                    break;
                }
                Cue cue = cueStartingAt(c);
                if (cue == null || cue.end() - 1 > last || cue.kind() == CueKind.NOUN || usedCues.get(c)) {
                    continue;
                }
                if (cue.kind() == CueKind.ACCORDING) {
                    int[] speaker = phrases.phraseStartingAt(cue.end(), last + 1);
                    return speaker == null ? null : new Link(cue, speaker);
                }
                if (!punctuated && (cue.end() - 1 != last || continuesAfter(q) || CLAIM_NOUN_VERBS.contains(tokens.lower(c)))) {
                    return null;
                }
                if (cue.kind() == CueKind.SPEECH && cue.end() <= last && tokens.isCapitalized(cue.end())) {
                    int[] inverted = phrases.speakerAfter(cue.end(), last + 1);
                    if (inverted != null) {
                        return new Link(cue, inverted);
                    }
                }
                return new Link(cue, subjectOf(cue, floor));
            }
            if (punctuated && tokens.is(e, ':')) {
                int[] speaker = phrases.phraseEndingAt(last, floor, false);
                if (speaker != null && speaker[0] == floor) {
                    return new Link(new Cue(e, e + 1, CueKind.SPEECH), speaker);
                }
            }
            return null;
        }

        /** A quote that the sentence goes on after is part of reported speech, not a claim of its own. */
        private boolean continuesAfter(QuoteSegment q) {
            int t = tokens.firstEndingAfter(q.after());
            int sentenceEnd = sentenceEndToken(Math.max(0, t - 1));
            int count = 0;
            for (int k = t; k < sentenceEnd && k < tokens.size(); k++) {
                if (tokens.isWord(k)) {
                    count++;
                }
            }
            return count >= 2;
        }

        /** The subject of a cue; a participle after a comma ("…, adding") shares the clause's subject. */
        private int[] subjectOf(Cue cue, int floor) {
            int sentenceFirst = doc.sentences().get(doc.sentenceOf(cue.first())).firstToken();
            int lowest = Math.max(floor, sentenceFirst);
            boolean participle = tokens.lower(cue.first()).endsWith("ing")
                    && (cue.first() - 1 < lowest || tokens.is(cue.first() - 1, ',') || tokens.isWord(cue.first() - 1, "and")
                    || tokens.isWord(cue.first() - 1, "as") || tokens.isWord(cue.first() - 1, "by")
                    || tokens.is(cue.first() - 1, '—'));
            boolean carried = tokens.lower(cue.first()).endsWith("ing") && cue.first() - 1 >= lowest
                    && tokens.isWord(cue.first() - 1) && MEDIUM_NOUNS.contains(tokens.lower(cue.first() - 1));
            if (participle || carried) {
                int[] earlier = lastSpeakerInSentence.get(doc.sentenceOf(cue.first()));
                if (earlier != null) {
                    return earlier;
                }
                return phrases.clauseSubject(sentenceFirst, cue.first());
            }
            if (tokens.lower(cue.first()).endsWith("ing")) {
                int[] absolute = phrases.participleSubject(cue.first(), lowest);
                if (absolute != null) {
                    return absolute;
                }
            }
            int[] subject = phrases.subjectBefore(cue.first(), lowest);
            if (subject == null && (cue.first() - 1 >= lowest && tokens.isWord(cue.first() - 1, "and"))) {
                int[] earlier = lastSpeakerInSentence.get(doc.sentenceOf(cue.first()));
                if (earlier != null) {
                    return earlier;
                }
            }
            return subject;
        }

        private int sentenceEndToken(int t) {
            if (t >= tokens.size()) {
                return tokens.size();
            }
            return doc.sentences().get(doc.sentenceOf(t)).endToken();
        }

        private void emitQuotes(List<QuoteSegment> quotes, Link[] links) {
            Link previousLink = null;
            int previousParagraph = -2;
            for (int i = 0; i < quotes.size(); i++) {
                QuoteSegment q = quotes.get(i);
                Link link = links[i];
                if (link == null || link.speaker() == null) {
                    boolean continues = previousLink != null && previousLink.speaker() != null
                            && (previousParagraph == q.paragraph() || previousParagraph == q.paragraph() - 1 && startsParagraph(q));
                    if (!continues || absorbed(q) || wordCount(q.start(), q.end()) < 4) {
                        continue;
                    }
                    link = new Link(null, previousLink.speaker());
                } else if (absorbed(q) && link.cue() == null) {
                    continue;
                }
                if (isTitle(q) && !opensSentence(q)) {
                    continue;
                }
                QuoteSegment next = i + 1 < quotes.size() ? quotes.get(i + 1) : null;
                boolean interrupted = next != null && links[i + 1] == link && next.paragraph() == q.paragraph()
                        && endsMidSentence(q) && !startsCapitalised(next);
                emitQuote(q, link, interrupted ? next : null);
                if (interrupted) {
                    i++;
                }
                previousLink = link;
                previousParagraph = q.paragraph();
            }
        }

        /**
         * "on ABC's "This Week With George Stephanopoulos"", "the "Growth and Opportunity Project"": a quote whose
         * words are all capitalised but for short function words names a show, book, song or slogan; nobody claims it.
         */
        private boolean isTitle(QuoteSegment q) {
            int capitalised = 0;
            int words = 0;
            for (int t = tokens.firstEndingAfter(q.start()); t < tokens.size() && tokens.start(t) < q.end(); t++) {
                if (!tokens.isWord(t)) {
                    continue;
                }
                words++;
                if (tokens.isCapitalized(t) && !tokens.lower(t).equals("i")) {
                    capitalised++;
                } else if (!TITLE_FUNCTION_WORDS.contains(tokens.lower(t))) {
                    return false;
                }
            }
            String text = doc.body().substring(q.start(), q.end());
            // all capitals is shouting ("GROWING PARTY"), not a title
            return capitalised >= 2 && words <= 12 && !text.equals(text.toUpperCase());
        }

        /** "…," Smith said, "She told me …": a capital after the attribution starts a sentence of its own. */
        private boolean startsCapitalised(QuoteSegment q) {
            int t = tokens.firstEndingAfter(q.start());
            return t < tokens.size() && tokens.isWord(t) && tokens.isCapitalized(t) && !tokens.isWord(t, "i")
                    && !tokens.lower(t).startsWith("i'") && !tokens.lower(t).startsWith("i’");
        }

        private boolean startsParagraph(QuoteSegment q) {
            Paragraph paragraph = doc.paragraphs().get(q.paragraph());
            int first = q.open() >= 0 ? q.open() : q.start();
            return first - paragraph.start() <= 1;
        }

        private boolean endsMidSentence(QuoteSegment q) {
            int e = q.end() - 1;
            while (e > q.start() && isQuoteOrSpace(doc.charAt(e))) {
                e--;
            }
            char c = doc.charAt(e);
            return c == ',' || c == '—' || c == '-' || Character.isLetterOrDigit(c);
        }

        /** Whether the quote lies inside the content of reported speech ("X said the plan was "dead on arrival""). */
        private boolean absorbed(QuoteSegment q) {
            Map.Entry<Integer, Integer> covering = reportedEnds.floorEntry(q.start());
            return covering != null && covering.getValue() >= q.end() - 2;
        }

        private void emitQuote(QuoteSegment q, Link link, QuoteSegment continuation) {
            int end = continuation == null ? q.end() : firstSentenceEnd(continuation);
            List<int[]> pieces = new ArrayList<>();
            int s = doc.sentenceAt(q.start());
            while (s < doc.sentences().size()) {
                Sentence sentence = doc.sentences().get(s);
                if (sentence.start() >= end) {
                    break;
                }
                int ps = Math.max(sentence.start(), q.start());
                int pe = Math.min(sentence.end(), end);
                if (continuation != null && sentence.end() > q.end() && sentence.start() < q.end()) {
                    pe = end;
                }
                int[] trimmed = trim(ps, pe);
                if (trimmed != null && wordCount(trimmed[0], trimmed[1]) >= (link.cue() == null ? 2 : 1)) {
                    pieces.add(new int[] {trimmed[0], trimmed[1], sentence.start(), sentence.end()});
                }
                if (pe >= end) {
                    break;
                }
                s++;
            }
            for (int[] piece : pieces) {
                out.add(attribution(piece[0], piece[1], link, true, piece[2], piece[3]));
            }
        }

        private int firstSentenceEnd(QuoteSegment q) {
            Sentence sentence = doc.sentences().get(doc.sentenceAt(q.start()));
            return Math.min(sentence.end(), q.end());
        }

        private Attribution attribution(int start, int end, Link link, boolean direct, int sentenceStart, int sentenceEnd) {
            int contentStart = withoutFraming(start, end);
            if (direct && contentStart == start) {
                contentStart = withOpeningMark(start);
                end = withClosingMark(end);
            }
            int cueStart = link.cue() == null ? -1 : tokens.start(link.cue().first());
            int cueEnd = link.cue() == null ? -1 : tokens.end(link.cue().end() - 1);
            int speakerStart = link.speaker() == null ? -1 : tokens.start(link.speaker()[0]);
            int speakerEnd = link.speaker() == null ? -1 : tokens.end(link.speaker()[1] - 1);
            return new Attribution(contentStart, end, cueStart, cueEnd, speakerStart, speakerEnd, direct, sentenceStart,
                    sentenceEnd);
        }

        /**
         * Where the proposition starts once the speaker's framing is left out: a leading discourse marker set off
         * by a comma ("But unfortunately, …", "Of course, …", "But after that, …") and a performative preface
         * ("I would like to emphasize here that …", "We must stress that …"). The content itself is unchanged.
         */
        private int withoutFraming(int start, int end) {
            int t = tokens.firstEndingAfter(start);
            int last = tokens.firstEndingAfter(end);
            int first = t;
            if (t < last && tokens.isWord(t) && Phrases.isOpeningConjunction(tokens.lower(t))) {
                t++;
            }
            int comma = -1;
            for (int k = t; k < last && k <= t + 3; k++) {
                if (tokens.is(k, ',')) {
                    comma = k;
                    break;
                }
            }
            if (comma > t && DISCOURSE_MARKERS.contains(lowerText(t, comma))) {
                t = comma + 1;
            } else {
                t = first;
            }
            int preface = performativePrefaceEnd(t, last);
            if (preface > t) {
                t = preface;
            }
            return t > first && t < last && words(t, last) >= MIN_CONTENT_WORDS ? tokens.start(t) : start;
        }

        /** "I would like to emphasize here that", "we must say that": the token after its "that", or {@code t}. */
        private int performativePrefaceEnd(int t, int last) {
            if (t >= last || !tokens.isWord(t) || !(tokens.isWord(t, "i") || tokens.isWord(t, "we"))) {
                return t;
            }
            for (int k = t + 1; k < last && k <= t + 7; k++) {
                if (!tokens.isWord(k)) {
                    return t;
                }
                if (tokens.isWord(k, "that")) {
                    String preface = lowerText(t + 1, k);
                    for (String modal : PREFACE_MODALS) {
                        if (preface.startsWith(modal + " ")) {
                            String rest = preface.substring(modal.length() + 1);
                            for (String adverb : PREFACE_ADVERBS) {
                                rest = rest.endsWith(" " + adverb) ? rest.substring(0, rest.length() - adverb.length() - 1) : rest;
                            }
                            return PREFACE_VERBS.contains(rest) ? k + 1 : t;
                        }
                    }
                    return t;
                }
            }
            return t;
        }

        /**
         * A quoted sentence is reported with its quotation marks, as annotated corpora mark a quote (unless framing
         * was left out of it): the opening mark right before it (or {@code start})...
         */
        private int withOpeningMark(int start) {
            if (start >= 2 && doc.charAt(start - 1) == '\'' && doc.charAt(start - 2) == '\'') {
                return start - 2;
            }
            return start >= 1 && OPENING_MARKS.indexOf(doc.charAt(start - 1)) >= 0 ? start - 1 : start;
        }

        /** ...and the closing mark after it with the punctuation before that mark ("…,”" or "….”"), or {@code end}. */
        private int withClosingMark(int end) {
            int e = end;
            while (e < doc.length() && e - end < 2 && ",.!?".indexOf(doc.charAt(e)) >= 0) {
                e++;
            }
            if (e + 1 < doc.length() && doc.charAt(e) == '\'' && doc.charAt(e + 1) == '\'') {
                return e + 2;
            }
            return e < doc.length() && CLOSING_MARKS.indexOf(doc.charAt(e)) >= 0 ? e + 1 : end;
        }

        /** The words of tokens {@code [from, to)} in lower case, separated by single spaces. */
        private String lowerText(int from, int to) {
            StringBuilder text = new StringBuilder();
            for (int k = from; k < to; k++) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(tokens.lower(k));
            }
            return text.toString();
        }

        // ---- reported speech --------------------------------------------------------------------------

        private void extractReportedSpeech() {
            for (Sentence sentence : doc.sentences()) {
                speakerColon(sentence);
            }
            for (int ci = 0; ci < cues.size(); ci++) {
                Cue cue = cues.get(ci);
                if ((ci & 63) == 0 && outOfTime.getAsBoolean()) {
                    complete = false;
                    return;
                }
                Sentence sentence = doc.sentences().get(doc.sentenceOf(cue.first()));
                if (sentenceCues.get(cue.first())) {
                    backward(cue, sentence);
                    continue;
                }
                if (speakersOfForwardCues.containsKey(cue.first())) {
                    forwardAfterQuote(cue, sentence, ci + 1 < cues.size() ? cues.get(ci + 1) : null,
                            speakersOfForwardCues.get(cue.first()));
                    continue;
                }
                if (usedCues.get(cue.first()) || cue.kind() == CueKind.QUOTE) {
                    continue;
                }
                Cue nextCue = ci + 1 < cues.size() ? cues.get(ci + 1) : null;
                if (QUESTION_CUES.contains(tokens.lower(cue.first())) && question(cue, sentence, nextCue)) {
                    continue;
                }
                if (QUESTION_CUES.contains(tokens.lower(cue.first())) && request(cue, sentence, nextCue)) {
                    continue;
                }
                switch (cue.kind()) {
                    case ACCORDING -> according(cue, sentence);
                    case NOUN -> claimNoun(cue, sentence, nextCue);
                    case INTENTION -> intention(cue, sentence, nextCue);
                    case STANCE -> stance(cue, sentence, nextCue);
                    default -> verb(cue, sentence, nextCue);
                }
            }
        }

        /** "Trump: Clinton should have congratulated me" and "Former AG Mukasey at RNC: …" at the start of a paragraph. */
        private void speakerColon(Sentence sentence) {
            int first = sentence.firstToken();
            int end = sentence.endToken();
            if (first >= end || !tokens.isWord(first) || !tokens.isCapitalized(first) || quoted.get(first)
                    || doc.paragraphs().get(sentence.paragraph()).start() != sentence.start()) {
                return;
            }
            int colon = -1;
            for (int t = first; t < end && t <= first + 7; t++) {
                if (tokens.is(t, ':')) {
                    colon = t;
                    break;
                }
                boolean nameWord = tokens.isWord(t) && (tokens.isCapitalized(t) || COLON_CONNECTORS.contains(tokens.lower(t)));
                if (!nameWord && !(tokens.is(t, '.') && phrases.isAbbreviationDot(t))) {
                    return;
                }
            }
            if (colon < 0 || words(colon + 1, end) < MIN_CONTENT_WORDS || NOT_SPEAKERS.contains(tokens.lower(first))
                    || usedCues.get(colon) || listsNames(colon + 1, end)) {
                return;
            }
            int speakerEnd = first + 1;
            while (speakerEnd < colon && (tokens.isCapitalized(speakerEnd) || tokens.is(speakerEnd, '.'))) {
                speakerEnd++;
            }
            Cue cue = new Cue(colon, colon + 1, CueKind.SPEECH);
            add(cue, new int[] {first, speakerEnd}, colon + 1, trimEnd(colon + 1, end), sentence);
        }

        /**
         * "Iowa: Tim Albrecht, Brad Anderson, Rob Barron": names of two to four capitalised words between commas after a
         * label are a list of people (a panel, credits), not something the label says. A title-case headline has
         * items of other lengths ("Trump's Rhetoric Is Hateful, Dangerous, Wrong").
         */
        private boolean listsNames(int from, int to) {
            int commas = 0;
            int itemWords = 0;
            for (int t = from; t <= to; t++) {
                boolean separator = t == to || tokens.is(t, ',') || tokens.isWord(t, "and");
                if (separator) {
                    if (itemWords < 2 || itemWords > 4) {
                        return false;
                    }
                    commas += t < to && tokens.is(t, ',') ? 1 : 0;
                    itemWords = 0;
                } else if (tokens.isWord(t) && tokens.isCapitalized(t)) {
                    itemWords++;
                } else if (!tokens.is(t, '.') && !tokens.is(t, '-')) {
                    return false;
                }
            }
            return commas >= 2;
        }

        private void verb(Cue cue, Sentence sentence, Cue nextCue) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            if (expectation(cue, sentence, nextCue) || passive(cue, sentenceFirst) || asClause(cue, sentence, nextCue)
                    || parenthetical(cue, sentence) || documentFinding(cue, sentence, nextCue)) {
                return;
            }
            if (objectIsClaimNoun(cue, nextCue, sentence)) {
                return;
            }
            if (cue.first() - 1 >= sentenceFirst && (tokens.is(cue.first() - 1, ',') || isQuoteMark(cue.first() - 1))
                    && invertedSpeakerEndsClause(cue, sentenceEnd) && !appositiveSubjectReportsForward(cue, sentence)
                    && !subjectSetOffBeforeCue(cue, sentenceFirst) && backward(cue, sentence)) {
                return;
            }
            int contentFirst = pastLeadingDay(contentStartAfter(cue, sentenceEnd), sentenceEnd);
            int contentEnd = contentEndBefore(contentFirst, sentenceEnd, nextCue);
            boolean participleFollows = cue.end() + 1 < sentenceEnd && tokens.is(cue.end(), ',') && tokens.isWord(cue.end() + 1)
                    && !tokens.isCapitalized(cue.end() + 1) && tokens.lower(cue.end() + 1).endsWith("ing");
            // "Limbaugh said that with the delegates she had, C": an adjunct after "that" opens the content, not a setting
            boolean adjunctOpensContent = contentFirst - 1 >= cue.end() && tokens.isWord(contentFirst - 1, "that");
            if ((participleFollows || contentFirst < sentenceEnd && startsAdjunct(contentFirst) && !adjunctOpensContent)
                    && backward(cue, sentence)) {
                return;
            }
            boolean forward = contentFirst < contentEnd && words(contentFirst, contentEnd) >= MIN_CONTENT_WORDS
                    && !adjunctOnly(contentFirst, contentEnd)
                    && !(tokens.is(contentFirst - 1, ',') && RELATIVE_PRONOUNS.contains(tokens.lower(contentFirst)))
                    && (cue.kind() != CueKind.BELIEF || opensContentClause(contentFirst) || tokens.isWord(contentFirst, "to"));
            if (forward) {
                int[] speaker = subjectOf(cue, sentenceFirst);
                if (speaker == null && opensContentClause(contentFirst)) {
                    speaker = subjectSetOffByComma(cue, sentenceFirst);
                }
                if (speaker == null) {
                    speaker = subjectOfCatenative(cue, sentenceFirst);
                }
                if (speaker == null && opensContentClause(contentFirst)) {
                    speaker = describedSubject(cue, sentenceFirst);
                }
                if (speaker == null) {
                    return;
                }
                if (CLAIM_NOUN_VERBS.contains(tokens.lower(cue.first())) && quoted.get(contentFirst)) {
                    return;
                }
                if (!opensContentClause(contentFirst) && !tokens.isWord(contentFirst, "to")) {
                    contentEnd = speakersNextPredicate(contentFirst, contentEnd);
                }
                int end = subordinateClauseEnd(sentenceFirst, cue.first(), contentFirst, contentEnd);
                end = subjectRelativeClauseEnd(cue, sentenceFirst, contentFirst, end);
                add(cue, speaker, contentFirst, relativeClauseEnd(speaker, sentenceFirst, contentFirst, end), sentence);
                return;
            }
            backward(cue, sentence);
        }

        /**
         * "Curiel, who through his office declined to comment, was born in …": a cue inside a relative clause set off by
         * commas reports up to the comma before the main clause's predicate.
         */
        private int relativeClauseOfCueEnd(Cue cue, int sentenceFirst, int contentEnd) {
            if (relativePronounBefore(cue, sentenceFirst) < 0) {
                return contentEnd;
            }
            for (int k = cue.end() + 1; k + 1 < contentEnd; k++) {
                if (tokens.is(k, ',') && !quoted.get(k) && mainPredicate(k + 1)) {
                    return trimEnd(cue.end(), k);
                }
            }
            return contentEnd;
        }

        /**
         * "Rubio, R-Fla., appearing on Fox News after the speech, said Obama failed …" and "A longtime official, Howard
         * Ingram, said the committee gave …": a named subject and its appositions before the cue, with no verb of their
         * own, are the speaker of what follows, not a claim that the cue reports backwards.
         */
        private boolean subjectSetOffBeforeCue(Cue cue, int sentenceFirst) {
            int comma = cue.first() - 1;
            int first = sentenceFirst;
            int firstComma = nextComma(first, comma);
            if (firstComma < comma && settingPhrase(first, firstComma)) {
                // "In May, a federal judge, in response to a request, ordered …": the setting comes first
                first = firstComma + 1;
                firstComma = nextComma(first, comma);
            }
            if (firstComma >= comma || !tokens.isCapitalized(first) && first == sentenceFirst
                    || cue.first() - first > MAX_APPOSED_SPEAKER || hasFiniteVerb(first, comma)) {
                return false;
            }
            for (int t = first; t < comma; t++) {
                if (quoted.get(t) || isQuoteMark(t)) {
                    return false;
                }
            }
            int[] subject = phrases.phraseStartingAt(first, firstComma);
            return subject != null && subject[1] == firstComma;
        }

        private int nextComma(int from, int limit) {
            int t = from;
            while (t < limit && !tokens.is(t, ',')) {
                t++;
            }
            return t;
        }

        /** The relative pronoun opening a clause set off by a comma that the cue is the verb of ("X, who on Tuesday endorsed"), or -1. */
        private int relativePronounBefore(Cue cue, int sentenceFirst) {
            int t = cue.first() - 1;
            while (t > sentenceFirst && t >= cue.first() - 6 && tokens.isWord(t) && !RELATIVE_PRONOUNS.contains(tokens.lower(t))) {
                t--;
            }
            return t > sentenceFirst && tokens.isWord(t) && RELATIVE_PRONOUNS.contains(tokens.lower(t)) && tokens.is(t - 1, ',')
                    ? t : -1;
        }

        /** "Mr. Band asked her to call Mr. Chagoury": a request, the addressee with the infinitive asked of them. */
        private boolean request(Cue cue, Sentence sentence, Cue nextCue) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int[] addressee = tokens.isWord(cue.end()) && ADDRESSEES.contains(tokens.lower(cue.end()))
                    ? new int[] {cue.end(), cue.end() + 1} : phrases.phraseStartingAt(cue.end(), sentenceEnd);
            if (addressee == null || addressee[0] != cue.end() || passive(cue, sentenceFirst) || quoted.get(cue.end())
                    || !infinitive(addressee[1], sentenceEnd) || relativePronounBefore(cue, sentenceFirst) >= 0) {
                return false;
            }
            int contentEnd = contentEndBefore(addressee[1], sentenceEnd, nextCue);
            int[] speaker = subjectOf(cue, sentenceFirst);
            if (speaker == null || words(addressee[1], contentEnd) < 2) {
                return false;
            }
            add(cue, speaker, cue.end(), contentEnd, sentence);
            return true;
        }

        /** "Ryan endorsed Trump in early June": the object phrase, up to the occasion, a comma or the next clause. */
        private void stance(Cue cue, Sentence sentence, Cue nextCue) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int contentFirst = cue.end();
            if (contentFirst >= sentenceEnd || !tokens.isWord(contentFirst) || passive(cue, sentenceFirst)
                    || STANCE_OBJECT_BLOCKERS.contains(tokens.lower(contentFirst)) || objectIsClaimNoun(cue, nextCue, sentence)
                    || cue.first() - 1 >= sentenceFirst && (tokens.is(cue.first() - 1, '-') || isDash(cue.first() - 1))
                    || cue.first() - 1 >= sentenceFirst && tokens.isWord(cue.first() - 1)
                            && Phrases.isCapitalisedNonName(tokens.lower(cue.first() - 1))
                            && !Phrases.isCalendarWord(tokens.lower(cue.first() - 1))) {
                return;
            }
            if (BARE_STANCE_VERBS.contains(tokens.lower(cue.first())) && !verbBeforeBareStance(cue, sentenceFirst)) {
                return;
            }
            int[] speaker = subjectOf(cue, sentenceFirst);
            if (speaker == null || relativePronounBefore(cue, sentenceFirst) >= 0) {
                return;
            }
            int limit = speakersNextPredicate(contentFirst, contentEndBefore(contentFirst, sentenceEnd, nextCue));
            int end = contentFirst;
            while (end < limit && !endsStanceObject(end, contentFirst)) {
                end++;
            }
            end = trimEnd(contentFirst, end);
            if (SEEING_AS.contains(tokens.lower(cue.first())) && !containsWord(contentFirst + 1, end, "as")) {
                return;
            }
            if (end > contentFirst && !quoted.get(contentFirst)) {
                add(cue, speaker, contentFirst, end, sentence);
            }
        }

        /**
         * "They support the Second Amendment", "most Republicans support a ban": a bare "support" or "oppose" is a
         * verb only after a subject pronoun, a plural subject, a modal, "to" or "not"; after anything else it is
         * mostly the noun ("drew support among", "41 percent support", "his greatest support").
         */
        private boolean verbBeforeBareStance(Cue cue, int sentenceFirst) {
            int before = cue.first() - 1;
            while (before >= sentenceFirst && tokens.isWord(before) && STANCE_ADVERBS.contains(tokens.lower(before))) {
                before--;
            }
            if (before < sentenceFirst || !tokens.isWord(before)) {
                return false;
            }
            String word = tokens.lower(before);
            return BARE_STANCE_OPENERS.contains(word) || word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")
                    && !word.endsWith("'s") && !word.endsWith("’s");
        }

        private boolean containsWord(int from, int to, String word) {
            for (int t = from; t < to; t++) {
                if (tokens.isWord(t, word)) {
                    return true;
                }
            }
            return false;
        }

        /** Where a stance's object phrase stops: punctuation, an occasion ("on Tuesday", "in a statement") or a clause. */
        private boolean endsStanceObject(int t, int contentFirst) {
            if (!tokens.isWord(t)) {
                return !tokens.is(t, '\'') && !tokens.is(t, '’') && !tokens.is(t, '.') && !tokens.is(t, '-')
                        && !isQuoteMark(t) && !(tokens.is(t, '&'));
            }
            String word = tokens.lower(t);
            if (t > contentFirst && STANCE_OBJECT_ENDS.contains(word)) {
                return true;
            }
            if (t == contentFirst || !STANCE_OCCASION_OPENERS.contains(word)) {
                return false;
            }
            String next = tokens.isWord(t + 1) ? tokens.lower(t + 1) : "";
            return Phrases.isCalendarWord(next) || DAY_PARTS.contains(next) || STANCE_OCCASION_WORDS.contains(next)
                    || Phrases.isCalendarWord(word) || !next.isEmpty() && Character.isDigit(next.charAt(0));
        }

        /**
         * "X rejected Western countries' allegations of C, saying …": the claim noun right after the verb reports the
         * content (see claimNoun), so the verb itself does not take the whole object up to the next cue. A noun with
         * too little after it to report ("denied the allegations of bribery") leaves its verb the whole object.
         */
        private boolean objectIsClaimNoun(Cue cue, Cue nextCue, Sentence sentence) {
            if (nextCue == null || nextCue.kind() != CueKind.NOUN || !CLAIM_NOUN_VERBS.contains(tokens.lower(cue.first()))
                    || nextCue.first() - cue.end() > 4 || words(nextCue.end() + 1, sentence.endToken()) < 2) {
                return false;
            }
            for (int t = cue.end(); t < nextCue.first(); t++) {
                if (!tokens.isWord(t) && !tokens.is(t, '\'') && !tokens.is(t, '’')) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "“It was far less,” one of the prosecutors said the two cases were quite different": the cue that attributes
         * the quote before it also reports the content clause after it, a claim of its own by the same speaker.
         */
        private void forwardAfterQuote(Cue cue, Sentence sentence, Cue nextCue, int[] speaker) {
            int sentenceEnd = sentence.endToken();
            int contentFirst = contentStartAfter(cue, sentenceEnd);
            if (contentFirst >= sentenceEnd || quoted.get(contentFirst) || !opensContentClause(contentFirst)
                    || !tokens.isWord(contentFirst - 1)) {
                return;
            }
            int contentEnd = contentEndBefore(contentFirst, sentenceEnd, nextCue);
            if (words(contentFirst, contentEnd) >= MIN_CONTENT_WORDS) {
                add(cue, speaker, contentFirst, contentEnd, sentence);
            }
        }

        /**
         * "Rivals are expected to quit the race", "…, who is expected to deliver a speech": an expectation the writer
         * reports without naming whose it is. The claim is the clause (its subject and what is expected of it), with no
         * speaker mention; {@code true} when it found one.
         */
        private boolean expectation(Cue cue, Sentence sentence, Cue nextCue) {
            if (!tokens.isWord(cue.first(), "expected") || !passive(cue, sentence.firstToken())
                    || cue.end() >= sentence.endToken() || !tokens.isWord(cue.end(), "to")) {
                return false;
            }
            int be = cue.first() - 1;
            while (be > sentence.firstToken() && !BE_FORMS.contains(tokens.lower(be))) {
                be--;
            }
            // "voters who might be expected to resist him": a supposition, not an expectation anyone holds
            int modal = tokens.isWord(be, "be") ? be - 1 : -1;
            if (modal >= sentence.firstToken() && HYPOTHETICAL_MODALS.contains(tokens.lower(modal))) {
                return false;
            }
            int first = sentence.firstToken();
            for (int k = be - 1; k > sentence.firstToken(); k--) {
                if (tokens.is(k, ';') || tokens.is(k, ':')) {
                    first = k + 1;
                    break;
                }
                if (tokens.is(k, ',') && (tokens.isWord(k + 1, "and") || tokens.isWord(k + 1, "but")) && !quoted.get(k)) {
                    first = k + 2;
                    break;
                }
            }
            int contentEnd = contentEndBefore(cue.end(), sentence.endToken(), nextCue);
            boolean relative = be - 1 >= first && tokens.isWord(be - 1) && RELATIVE_PRONOUNS.contains(tokens.lower(be - 1));
            while (first < be && tokens.isWord(first) && Phrases.isOpeningConjunction(tokens.lower(first))) {
                first++;
            }
            boolean subordinate = tokens.isWord(first) && CLAUSE_SUBORDINATORS.contains(tokens.lower(first));
            if (relative || subordinate) {
                // "…, who is expected to C, and who …" and "While the topic is expected to C, …": that clause only
                first = relative ? be - 1 : first + 1;
                for (int k = cue.end() + 1; k < contentEnd; k++) {
                    if (tokens.is(k, ',') && !quoted.get(k) || tokens.isWord(k, "and") && tokens.isWord(k + 1)
                            && RELATIVE_PRONOUNS.contains(tokens.lower(k + 1))) {
                        contentEnd = k;
                        break;
                    }
                }
            }
            if (quoted.get(first) || quoted.get(cue.first())) {
                return false;
            }
            if (words(cue.end(), contentEnd) < MIN_CONTENT_WORDS) {
                return false;
            }
            int[] trimmed = trim(tokens.start(first), tokens.end(contentEnd - 1));
            if (trimmed == null) {
                return false;
            }
            usedCues.set(cue.first());
            out.add(attribution(trimmed[0], trimmed[1], new Link(cue, null), false, sentence.start(), sentence.end()));
            return true;
        }

        /**
         * "A CNN/ORC poll released on Tuesday showed C", "C, Federal Election Commission records show": a poll, report,
         * study or record is the source of what it shows or finds; {@code true} when it found a claim.
         */
        private boolean documentFinding(Cue cue, Sentence sentence, Cue nextCue) {
            if (!FINDING_CUES.contains(tokens.lower(cue.first()))) {
                return false;
            }
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int[] source = documentSubject(cue, sentenceFirst);
            if (source == null) {
                return false;
            }
            int before = source[0] - 1;
            if (words(cue.end(), sentenceEnd) == 0) {
                if (before < sentenceFirst || !tokens.is(before, ',') || words(sentenceFirst, before) < MIN_CONTENT_WORDS
                        || quoted.get(sentenceFirst) || introductoryPhrase(sentenceFirst, before)) {
                    return false;
                }
                add(cue, source, sentenceFirst, before, sentence);
                return true;
            }
            int adjunctEnd = skipAdjuncts(cue.end(), sentenceEnd);
            int contentFirst = adjunctEnd < sentenceEnd && tokens.isWord(adjunctEnd, "that") ? adjunctEnd + 1 : cue.end();
            int contentEnd = contentEndBefore(contentFirst, sentenceEnd, nextCue);
            if (!tokens.isWord(contentFirst) || words(contentFirst, contentEnd) < MIN_CONTENT_WORDS) {
                return false;
            }
            add(cue, source, contentFirst, contentEnd, sentence);
            return true;
        }

        /**
         * The document phrase before a verb of finding, with what follows its noun ("A Monmouth poll out Monday",
         * "The report published Tuesday", "new fundraising reports"), or {@code null} when no document is its subject.
         */
        private int[] documentSubject(Cue cue, int sentenceFirst) {
            int noun = -1;
            for (int k = cue.first() - 1; k >= sentenceFirst && k >= cue.first() - 10; k--) {
                if (!tokens.isWord(k) && !tokens.is(k, '/') && !tokens.is(k, '-') && !tokens.is(k, '\'')
                        && !tokens.is(k, '’') || quoted.get(k)) {
                    break;
                }
                if (tokens.isWord(k) && DOCUMENT_NOUNS.contains(tokens.lower(k))) {
                    noun = k;
                    break;
                }
                if (tokens.isWord(k) && (CLAUSE_OPENERS.contains(tokens.lower(k)) || Phrases.isPronoun(tokens.lower(k))
                        || lexicon.isVerbCue(tokens.lower(k)))) {
                    return null;
                }
            }
            if (noun < 0 || noun + 1 < cue.first() && !modifiesDocument(noun + 1)) {
                return null;
            }
            int first = noun;
            while (first - 1 >= sentenceFirst && first > noun - 8 && !quoted.get(first - 1)
                    && (tokens.isWord(first - 1) || tokens.is(first - 1, '/') || tokens.is(first - 1, '-'))
                    && !CLAUSE_OPENERS.contains(tokens.lower(first - 1)) && !Phrases.isPronoun(tokens.lower(first - 1))
                    && !lexicon.isVerbCue(tokens.lower(first - 1)) && !Phrases.PREPOSITIONS.contains(tokens.lower(first - 1))) {
                first--;
            }
            int end = cue.first();
            for (int k = noun + 1; k < cue.first(); k++) {
                if (tokens.isWord(k, "to")) {
                    // "polls continue to show", "a review seems to show": the verb before "to" is no part of the source
                    end = noun + 1;
                    break;
                }
            }
            return tokens.isWord(first) ? new int[] {first, end} : null;
        }

        /**
         * "X asked (Y) whether C", "(When) asked (by a reporter) about C, X said …": the question put is what is
         * reported, from "whether", "if", a wh-word or "about" ("asked Y to C" is a request, left to the verb). A
         * question put to the subject of the main clause, or to the subject of a passive ("he is often asked about
         * C"), is asked by someone the sentence leaves unnamed, so it has no speaker mention; {@code true} when it
         * found one.
         */
        private boolean question(Cue cue, Sentence sentence, Cue nextCue) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int opener = -1;
            for (int t = cue.end(); t < sentenceEnd && t <= cue.end() + 12; t++) {
                if (!tokens.isWord(t) && !tokens.is(t, '.') || quoted.get(t) || infinitive(t, sentenceEnd)) {
                    break;
                }
                if (tokens.isWord(t) && QUESTION_OPENERS.contains(tokens.lower(t))) {
                    opener = t;
                    break;
                }
            }
            if (opener < 0) {
                return false;
            }
            int questionEnd = tokens.isWord(opener, "about") ? occasionAfter(opener + 2, sentenceEnd) : sentenceEnd;
            int before = cue.first() - 1;
            while (before >= sentenceFirst && tokens.isWord(before)
                    && (tokens.isWord(before, "when") || Phrases.isOpeningConjunction(tokens.lower(before)))) {
                before--;
            }
            // "Asked …, X said" opens the sentence; "X, when asked …, said" is set off with "when" ("X, a critic, asked" is not)
            boolean putToSubject = tokens.isWord(cue.first(), "asked")
                    && (before < sentenceFirst || tokens.is(before, ',') && before < cue.first() - 1);
            boolean passive = passive(cue, sentenceFirst);
            if (putToSubject || passive) {
                int comma = opener;
                // "Asked if he is “realistic enough,” 72 percent said": a comma inside a quote that closes there counts
                while (comma < sentenceEnd && !(tokens.is(comma, ',') && (!quoted.get(comma) || closesQuote(comma + 1)))) {
                    comma++;
                }
                int end = trimEnd(opener, Math.min(comma, questionEnd));
                if (comma >= sentenceEnd && !passive || words(opener, end) < MIN_CONTENT_WORDS) {
                    return false;
                }
                int[] trimmed = trim(tokens.start(opener), tokens.end(end - 1));
                if (trimmed == null) {
                    return false;
                }
                usedCues.set(cue.first());
                out.add(attribution(trimmed[0], trimmed[1], new Link(cue, null), false, sentence.start(), sentence.end()));
                return true;
            }
            int[] speaker = subjectOf(cue, sentenceFirst);
            int contentEnd = Math.min(contentEndBefore(opener, sentenceEnd, nextCue), questionEnd);
            if (speaker == null || words(opener, contentEnd) < MIN_CONTENT_WORDS) {
                return false;
            }
            add(cue, speaker, opener, contentEnd, sentence);
            return true;
        }

        /**
         * What may follow a document noun inside its phrase: a preposition ("poll of voters"), a participle ("released
         * Tuesday"), a time ("last month", "Monday") or a verb taking the cue ("continue to"), not another noun, which
         * would be the head ("records lawsuits").
         */
        private boolean modifiesDocument(int t) {
            if (!tokens.isWord(t)) {
                return false;
            }
            String word = tokens.lower(t);
            return Phrases.PREPOSITIONS.contains(word) || word.endsWith("ed") || tokens.isCapitalized(t)
                    || DOCUMENT_MODIFIERS.contains(word);
        }

        /** A closing quotation mark at {@code t} with the writer's words right after it. */
        private boolean closesQuote(int t) {
            return t + 1 < tokens.size() && isClosingQuote(t) && !quoted.get(t + 1) && tokens.isWord(t + 1);
        }

        /** "asked about it during the debate on Thursday": where the occasion after a topic starts, or {@code limit}. */
        private int occasionAfter(int from, int limit) {
            for (int k = from; k < limit; k++) {
                if (tokens.isWord(k) && OCCASION_STARTERS.contains(tokens.lower(k)) && !quoted.get(k)) {
                    return k;
                }
            }
            return limit;
        }

        /**
         * "Sen. Jack Reed (D-R.I.), said …", "Mexico's ambassador from 2007 to 2013, said …": a subject that opens the
         * sentence and is set off from its cue by a comma of its own (after an affiliation or a long modifier).
         */
        private int[] subjectSetOffByComma(Cue cue, int sentenceFirst) {
            int comma = cue.first() - 1;
            while (comma > sentenceFirst && phrases.isVerbCompanion(comma)) {
                comma--;
            }
            if (comma <= sentenceFirst || !tokens.is(comma, ',') || hasComma(sentenceFirst, comma)
                    || quoted.get(sentenceFirst) || !startsSpeakerPhrase(sentenceFirst)
                    || introductoryPhrase(sentenceFirst, comma) || settingPhrase(sentenceFirst, comma)
                    || Phrases.isOpeningConjunction(tokens.lower(sentenceFirst))) {
                return null;
            }
            int[] phrase = phrases.phraseStartingAt(sentenceFirst, comma);
            return phrase != null && phrase[0] == sentenceFirst ? phrase : null;
        }

        /**
         * "A longtime JNF official, Howard Ingram, said the group's committee gave …": a speaker and its apposition
         * open the sentence and the cue goes on to a content clause, so the cue reports forwards even though a comma
         * stands before it and a noun phrase after it.
         */
        private boolean appositiveSubjectReportsForward(Cue cue, Sentence sentence) {
            int sentenceFirst = sentence.firstToken();
            int[] subject = phrases.subjectBefore(cue.first(), sentenceFirst);
            if (subject == null || subject[0] != sentenceFirst || !hasComma(subject[0], cue.first() - 1)) {
                return false;
            }
            int contentFirst = contentStartAfter(cue, sentence.endToken());
            return contentFirst < sentence.endToken() && tokens.isWord(contentFirst) && !quoted.get(contentFirst)
                    && opensContentClause(contentFirst);
        }

        /**
         * "A person familiar with the planning for Thursday's meeting says …": a described speaker whose phrase the
         * name patterns do not read is the whole subject that opens the sentence, when nothing but words stands
         * between it and a verb of saying followed by a content clause.
         */
        private int[] describedSubject(Cue cue, int sentenceFirst) {
            int first = sentenceFirst;
            while (first < cue.first() && tokens.isWord(first) && Phrases.isOpeningConjunction(tokens.lower(first))) {
                first++;
            }
            if (first >= cue.first() || !tokens.isWord(first) || !Phrases.DETERMINERS.contains(tokens.lower(first))
                    || cue.first() - first > 14 || quoted.get(first)) {
                return null;
            }
            for (int k = first; k < cue.first(); k++) {
                if (!tokens.isWord(k) && !tokens.is(k, '\'') && !tokens.is(k, '’') || lexicon.isVerbCue(tokens.lower(k))
                        || tokens.isWord(k) && (AUXILIARIES.contains(tokens.lower(k)) || RELATIVE_PRONOUNS.contains(tokens.lower(k))
                        || tokens.isWord(k, "that"))) {
                    return null;
                }
            }
            return new int[] {first, cue.first()};
        }

        /**
         * "Lewandowski continued to assert that …", "she went on to argue that …", "he was quick to say …": a verb that
         * takes the cue as its infinitive shares its subject with the cue.
         */
        private int[] subjectOfCatenative(Cue cue, int sentenceFirst) {
            int to = cue.first() - 1;
            if (to - 1 < sentenceFirst || !tokens.isWord(to, "to")) {
                return null;
            }
            int verb = tokens.isWord(to - 1, "on") || tokens.isWord(to - 1, "quick") ? to - 2 : to - 1;
            String word = verb >= sentenceFirst && tokens.isWord(verb) ? tokens.lower(verb) : "";
            boolean catenative = CATENATIVE_VERBS.contains(word) && !tokens.isWord(to - 1, "quick")
                    || tokens.isWord(to - 1, "quick") && CATENATIVE_VERBS.contains(word + " quick");
            return catenative ? phrases.subjectBefore(verb, sentenceFirst) : null;
        }

        /** "said Thursday his biggest worry is …": a bare day right after the cue dates the statement, it is not claimed. */
        private int pastLeadingDay(int first, int sentenceEnd) {
            int t = first;
            if (t + 2 >= sentenceEnd || !tokens.isWord(t) || !tokens.isCapitalized(t)
                    || !Phrases.isCalendarWord(tokens.lower(t)) || tokens.isWord(t - 1, "that")) {
                return first;
            }
            t++;
            if (tokens.isWord(t) && DAY_PARTS.contains(tokens.lower(t))) {
                t++;
            }
            return t < sentenceEnd && tokens.isWord(t) && !lexicon.isVerbCue(tokens.lower(t)) ? t : first;
        }

        /**
         * "said on ABC's This Week", "wrote in his memo", "told Bloomberg in late May": what follows the cue is only
         * its occasion, a short phrase opened by a preposition or a time with no clause, infinitive or quote in it.
         */
        private boolean adjunctOnly(int first, int end) {
            String opener = tokens.isWord(first) ? tokens.lower(first) : "";
            if (!(OCCASION_OPENERS.contains(opener) || Phrases.isCalendarWord(opener) || BARE_ADJUNCT_OPENERS.contains(opener))
                    || words(first, end) > 8) {
                return false;
            }
            for (int t = first; t < end; t++) {
                if (quoted.get(t) || isQuoteMark(t) || !tokens.isWord(t)) {
                    continue;
                }
                String word = tokens.lower(t);
                if (AUXILIARIES.contains(word) || SUBJECT_PRONOUNS.contains(word) || infinitive(t, end) || word.equals("that")
                        || word.endsWith("ed") || lexicon.isVerbCue(word)) {
                    return false;
                }
            }
            return true;
        }

        /** "X plans to C", "X wants to C": the infinitive is the claim, nothing else is. */
        private void intention(Cue cue, Sentence sentence, Cue nextCue) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            // "Trump may want to check his stats" is the writer's advice, not anyone's aim.
            boolean hypothetical = cue.first() - 1 >= sentenceFirst && tokens.isWord(cue.first() - 1)
                    && HYPOTHETICAL_MODALS.contains(tokens.lower(cue.first() - 1));
            if (hypothetical || !infinitive(cue.end(), sentenceEnd) || passive(cue, sentenceFirst)) {
                return;
            }
            int contentEnd = contentEndBefore(cue.end(), sentenceEnd, nextCue);
            int minimum = REFUSALS.contains(tokens.lower(cue.first())) ? 2 : MIN_CONTENT_WORDS;
            if (words(cue.end(), contentEnd) < minimum) {
                return;
            }
            int[] speaker = subjectOf(cue, sentenceFirst);
            if (speaker != null) {
                add(cue, speaker, cue.end(), relativeClauseOfCueEnd(cue, sentenceFirst, contentEnd), sentence);
            }
        }

        /**
         * "X denied the charges and counter-accused her", "X opposed the bill but praised its sponsors": a claim that
         * is an object, not a clause, cannot take a verb of its own, so a verb joined by "and" or "but" is the
         * speaker's next predicate and the claim ends before it.
         */
        private int speakersNextPredicate(int first, int end) {
            for (int t = first + 1; t + 2 < end; t++) {
                if (quoted.get(t)) {
                    // a quoted word is the speaker's, as the name in "called it "shameful" and moved on"
                    continue;
                }
                if (tokens.isWord(t) && (RELATIVE_PRONOUNS.contains(tokens.lower(t)) || tokens.isWord(t, "that"))
                        || tokens.is(t, ',') && !(tokens.isWord(t + 1, "and") || tokens.isWord(t + 1, "but"))) {
                    // a clause inside the object ("a bill that created …") has verbs of its own
                    return end;
                }
                if (!(tokens.isWord(t, "and") || tokens.isWord(t, "but")) || !tokens.isWord(t + 1)
                        || tokens.isCapitalized(t + 1) || !tokens.isWord(t + 2)) {
                    continue;
                }
                String verb = tokens.lower(t + 1);
                if (verb.endsWith("ed") || SUBJECTLESS_PREDICATE.contains(verb)) {
                    return trimEnd(first, t);
                }
            }
            return end;
        }

        /**
         * "While the president has said he opposes it, his administration …": a cue inside the subordinate
         * clause that opens the sentence reports no further than the comma that closes that clause.
         */
        private int subordinateClauseEnd(int sentenceFirst, int cueFirst, int contentFirst, int contentEnd) {
            int t = sentenceFirst;
            while (t < cueFirst && tokens.isWord(t) && Phrases.isOpeningConjunction(tokens.lower(t))) {
                t++;
            }
            if (t >= cueFirst || !tokens.isWord(t) || !CLAUSE_SUBORDINATORS.contains(tokens.lower(t)) || hasComma(t, cueFirst)) {
                return contentEnd;
            }
            for (int k = contentFirst + 1; k < contentEnd; k++) {
                if (!tokens.is(k, ',')) {
                    continue;
                }
                int next = k + 1;
                while (next < contentEnd && isClosingQuote(next)) {
                    next++;
                }
                // "Although he says he "loves China," and "people love me," he …": "and" goes on with the content
                boolean joined = next > k + 1 && (tokens.isWord(next, "and") || tokens.isWord(next, "or"));
                if (next < contentEnd && !quoted.get(next) && !joined) {
                    return next;
                }
            }
            return contentEnd;
        }

        /**
         * "Graham, who says allies should send ground forces, tweeted his support": a cue whose subject is the relative
         * pronoun of a clause set off by commas reports up to the comma that closes that clause.
         */
        private int subjectRelativeClauseEnd(Cue cue, int sentenceFirst, int contentFirst, int contentEnd) {
            int before = cue.first() - 1;
            while (before > sentenceFirst && phrases.isVerbCompanion(before)) {
                before--;
            }
            if (before - 1 < sentenceFirst || !tokens.isWord(before) || !RELATIVE_PRONOUNS.contains(tokens.lower(before))
                    || !tokens.is(before - 1, ',')) {
                return contentEnd;
            }
            for (int k = contentFirst + 1; k + 1 < contentEnd; k++) {
                if ((tokens.is(k, ',') || tokens.is(k, '—')) && !quoted.get(k) && mainPredicate(k + 1)
                        && hasFiniteVerb(contentFirst, k)) {
                    return trimEnd(contentFirst, k);
                }
            }
            return contentEnd;
        }

        /** Whether tokens {@code [from, to)} make a clause: a subject pronoun first, an auxiliary or a past form. */
        private boolean hasFiniteVerb(int from, int to) {
            if (tokens.isWord(from) && SUBJECT_PRONOUNS.contains(tokens.lower(from))) {
                return true;
            }
            for (int k = from + 1; k < to; k++) {
                if (tokens.isWord(k) && !tokens.isCapitalized(k)
                        && (AUXILIARIES.contains(tokens.lower(k)) || tokens.lower(k).endsWith("ed"))) {
                    return true;
                }
            }
            return false;
        }

        /** "…, tweeted his support", "…, has said": a finite verb that goes on with the sentence's own subject. */
        private boolean mainPredicate(int t) {
            if (!tokens.isWord(t) || tokens.isCapitalized(t)) {
                return false;
            }
            String word = tokens.lower(t);
            return word.endsWith("ed") || SUBJECTLESS_PREDICATE.contains(word) || AUXILIARIES.contains(word)
                    || lexicon.isVerbCue(word) && !word.endsWith("ing");
        }

        /**
         * "The changes, which officials said will take effect in May, will not apply to …": an attribution inside a
         * relative clause reports that clause only, up to the comma that closes it.
         */
        private int relativeClauseEnd(int[] speaker, int sentenceFirst, int contentFirst, int contentEnd) {
            int before = speaker[0] - 1;
            if (before < sentenceFirst || !tokens.isWord(before) || !RELATIVE_PRONOUNS.contains(tokens.lower(before))
                    || before - 1 < sentenceFirst || !tokens.is(before - 1, ',')) {
                return contentEnd;
            }
            for (int k = contentFirst + 1; k < contentEnd; k++) {
                if ((tokens.is(k, ',') || tokens.is(k, '—')) && !quoted.get(k)) {
                    return trimEnd(contentFirst, k);
                }
            }
            return contentEnd;
        }

        /**
         * "… that C", "… we can win", "… the plan will fail": what follows a verb of belief is a clause (after
         * "that", opening with a subject pronoun, or with an auxiliary within its first words), not an object
         * ("knows the city", "believes in freedom").
         */
        private boolean opensContentClause(int t) {
            if (tokens.isWord(t - 1, "that") || tokens.isWord(t) && SUBJECT_PRONOUNS.contains(tokens.lower(t))) {
                return true;
            }
            for (int k = t + 1; k < tokens.size() && k <= t + 8 && tokens.isWord(k); k++) {
                if (AUXILIARIES.contains(tokens.lower(k))) {
                    return true;
                }
            }
            return false;
        }

        /** The speaker phrase that ends right before a cue (past "has also"), or {@code null}. */
        private int[] speakerRightBefore(Cue cue, int sentenceFirst) {
            int last = cue.first() - 1;
            while (last >= sentenceFirst && phrases.isVerbCompanion(last)) {
                last--;
            }
            return last >= sentenceFirst ? phrases.phraseEndingAt(last, sentenceFirst, false) : null;
        }

        /**
         * "As Politico reported on Monday, C" and "C, as the senator noted.": an "as" clause names the source of
         * the rest of the sentence; {@code true} when it found a claim.
         */
        private boolean asClause(Cue cue, Sentence sentence, Cue nextCue) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int[] speaker = speakerRightBefore(cue, sentenceFirst);
            if (speaker == null || speaker[0] - 1 < sentenceFirst || !tokens.isWord(speaker[0] - 1, "as")) {
                return false;
            }
            int as = speaker[0] - 1;
            int after = skipAdjuncts(cue.end(), sentenceEnd);
            if (as == sentenceFirst || Phrases.isOpeningConjunction(tokens.lower(as - 1)) && as - 1 == sentenceFirst) {
                if (after >= sentenceEnd || !tokens.is(after, ',')) {
                    return false;
                }
                int contentEnd = contentEndBefore(after + 1, sentenceEnd, nextCue);
                if (words(after + 1, contentEnd) < MIN_CONTENT_WORDS) {
                    return false;
                }
                add(cue, speaker, after + 1, contentEnd, sentence);
                return true;
            }
            boolean closesSentence = after >= sentenceEnd || !tokens.isWord(after) && !tokens.is(after, ',');
            if (tokens.is(as - 1, ',') && closesSentence && words(sentenceFirst, as - 1) >= MIN_CONTENT_WORDS
                    && !quoted.get(as - 2)) {
                add(cue, speaker, sentenceFirst, trimEnd(sentenceFirst, as - 1), sentence);
                return true;
            }
            return false;
        }

        /**
         * "C1, he said, C2": an attribution set off by commas inside the sentence it reports. The claim is what
         * comes before it, and what comes after when that goes on with the same clause ("…, he said, becomes
         * hopeless") rather than adding the writer's apposition ("…, Sanders said, a policy that …").
         */
        private boolean parenthetical(Cue cue, Sentence sentence) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int[] speaker = speakerRightBefore(cue, sentenceFirst);
            if (speaker == null || speaker[0] - 1 <= sentenceFirst || !tokens.is(speaker[0] - 1, ',')) {
                return false;
            }
            int comma = speaker[0] - 1;
            if (quoted.get(comma - 1) || quoted.get(sentenceFirst) || words(sentenceFirst, comma) == 0
                    || introductoryPhrase(sentenceFirst, comma) || settingPhrase(sentenceFirst, comma)) {
                return false;
            }
            int after = cue.kind() == CueKind.OBJECT ? contentStartAfter(cue, sentenceEnd) - 1 : skipAdjuncts(cue.end(), sentenceEnd);
            if (after < cue.end() || after >= sentenceEnd || !tokens.is(after, ',')) {
                return false;
            }
            int contentEnd = comma;
            boolean continues = continuesClause(after + 1, sentenceEnd);
            if (continues) {
                contentEnd = contentEndBefore(after + 1, sentenceEnd, null);
            }
            // "This campaign, he says, is different": a short opening is a claim only with the clause it opens.
            if (words(sentenceFirst, comma) < MIN_CONTENT_WORDS && !(continues && words(after + 1, contentEnd) > 0)) {
                return false;
            }
            add(cue, speaker, sentenceFirst, trimEnd(sentenceFirst, contentEnd), sentence);
            return true;
        }

        /** "On the campaign trail in Ohio", "Last week in Ohio": a setting without a comma of its own, not a claim. */
        private boolean settingPhrase(int first, int end) {
            if (!tokens.isWord(first) || hasComma(first, end) || words(first, end) > 8) {
                return false;
            }
            String word = tokens.lower(first);
            return ADJUNCT_STARTERS.contains(word) || OCCASION_PREPOSITIONS.contains(word);
        }

        /**
         * Whether what follows a parenthetical attribution goes on with the reported sentence ("becomes hopeless",
         * "the world could suffer", "to take cues from …") rather than being the writer's apposition ("a policy
         * that …"), a relative clause, a participle about the speaker ("adding …") or the occasion ("in a statement").
         */
        private boolean continuesClause(int t, int sentenceEnd) {
            if (t >= sentenceEnd || !tokens.isWord(t) || quoted.get(t)) {
                return false;
            }
            String word = tokens.lower(t);
            return !word.equals("a") && !word.equals("an") && !RELATIVE_PRONOUNS.contains(word)
                    && !ADVERSATIVES.contains(word) && !word.endsWith("ing") && !lexicon.isVerbCue(word)
                    && (word.equals("to") || !ADJUNCT_STARTERS.contains(word));
        }

        /** "was reported by", "is said to": the subject is what is talked about, not who talks. */
        private boolean passive(Cue cue, int sentenceFirst) {
            String form = tokens.lower(cue.first());
            if (!(form.endsWith("ed") || form.equals("said") || form.equals("told") || form.equals("found")
                    || form.equals("shown") || form.equals("written"))) {
                return false;
            }
            int t = cue.first() - 1;
            while (t >= sentenceFirst && tokens.isWord(t) && PASSIVE_ADVERBS.contains(tokens.lower(t))) {
                t--;
            }
            return t >= sentenceFirst && tokens.isWord(t) && BE_FORMS.contains(tokens.lower(t));
        }

        /** "…, said Marla Kilfoyle, executive director of …." : the inverted speaker runs to the end of the clause. */
        private boolean invertedSpeakerEndsClause(Cue cue, int sentenceEnd) {
            if (tokens.lower(cue.end() - 1).endsWith("ing")) {
                return false;
            }
            int[] speaker = phrases.speakerAfter(cue.end(), sentenceEnd);
            if (speaker == null) {
                return false;
            }
            int next = speaker[1];
            return next >= sentenceEnd || tokens.is(next, ',') || tokens.is(next, '.') || tokens.is(next, '(')
                    || startsAdjunct(next);
        }

        /** "C, X said." and "C, said X."; {@code true} when it found a claim. */
        private boolean backward(Cue cue, Sentence sentence) {
            int sentenceFirst = sentence.firstToken();
            int speakerFirst;
            int[] speaker;
            if (cue.first() - 1 >= sentenceFirst && (tokens.is(cue.first() - 1, ',') || isQuoteMark(cue.first() - 1))) {
                if (tokens.is(cue.first() - 1, ',') && appositiveSubject(sentenceFirst, cue.first() - 1)) {
                    return false;
                }
                speaker = phrases.speakerAfter(cue.end(), sentence.endToken());
                speakerFirst = cue.first();
            } else {
                speaker = phrases.subjectBefore(cue.first(), sentenceFirst);
                speakerFirst = speaker == null ? -1 : speaker[0];
            }
            if (speaker == null) {
                return false;
            }
            for (int k = speakerFirst - 1; k >= sentenceFirst && k >= speakerFirst - 4 && !tokens.is(speakerFirst - 1, ','); k--) {
                if (tokens.is(k, ',')) {
                    speakerFirst = k + 1;
                    speaker = new int[] {speakerFirst, speaker[1]};
                    break;
                }
                if (!tokens.isWord(k) || tokens.isCapitalized(k) && k == sentenceFirst) {
                    break;
                }
            }
            if (speakerFirst == sentenceFirst) {
                return questionBefore(cue, sentence, speaker);
            }
            boolean question = tokens.is(speakerFirst - 1, '?') || tokens.is(speakerFirst - 1, '!');
            if (!(tokens.is(speakerFirst - 1, ',') || isQuoteMark(speakerFirst - 1) || question)) {
                return false;
            }
            // "Is the plan fair? she asked.": the mark belongs to the question.
            int contentEnd = question ? speakerFirst : speakerFirst - 1;
            int contentFirst = sentenceFirst;
            if (words(contentFirst, contentEnd) < MIN_CONTENT_WORDS || introductoryPhrase(contentFirst, contentEnd)
                    || holdsAttribution(contentFirst, contentEnd)) {
                return false;
            }
            add(cue, speaker, contentFirst, contentEnd, sentence);
            return true;
        }

        /**
         * "Rep. Tom Cole of Oklahoma, an ally of the leadership, said …": a name and its apposition, set off by commas
         * before the cue, are the cue's subject, not a claim reported by whoever follows it. Whether tokens
         * {@code [first, comma)} are such a name, a comma and an apposition opened by an article or a relative pronoun.
         */
        private boolean appositiveSubject(int first, int comma) {
            int[] name = phrases.phraseStartingAt(first, comma);
            if (name == null || !tokens.isCapitalized(first) || name[1] + 1 >= comma || !tokens.is(name[1], ',')
                    || !tokens.isWord(name[1] + 1) || hasComma(name[1] + 1, comma)) {
                return false;
            }
            String opener = tokens.lower(name[1] + 1);
            return opener.equals("a") || opener.equals("an") || opener.equals("the") || RELATIVE_PRONOUNS.contains(opener);
        }

        /**
         * "Why does he remain so popular? Mr. Sanders asked.": a sentence of only a speaker and a cue reports the
         * question or exclamation right before it in the paragraph; {@code true} when it found a claim.
         */
        private boolean questionBefore(Cue cue, Sentence sentence, int[] speaker) {
            int index = doc.sentenceOf(cue.first());
            if (index == 0 || words(cue.end(), sentence.endToken()) > 0) {
                return false;
            }
            Sentence previous = doc.sentences().get(index - 1);
            int last = previous.endToken() - 1;
            if (previous.paragraph() != sentence.paragraph() || last < previous.firstToken()
                    || !(tokens.is(last, '?') || tokens.is(last, '!')) || quoted.get(previous.firstToken())
                    || words(previous.firstToken(), last) < MIN_CONTENT_WORDS) {
                return false;
            }
            add(cue, speaker, previous.firstToken(), previous.endToken(), previous);
            return true;
        }

        /** "As Politico reported, the panel agreed": what goes before is an attribution already read, not a claim. */
        private boolean holdsAttribution(int first, int end) {
            for (int i = cueIndexAtOrAfter(first); i < cues.size() && cues.get(i).first() < end; i++) {
                if (usedCues.get(cues.get(i).first())) {
                    return true;
                }
            }
            return false;
        }

        /** "During the debate in Brooklyn, Clinton said": a short adverbial opener is the occasion, not the content. */
        private boolean introductoryPhrase(int first, int end) {
            if (!tokens.isWord(first) || hasComma(first, end) || quoted.get(first)) {
                return false;
            }
            String word = tokens.lower(first);
            return OCCASION_PREPOSITIONS.contains(word) && words(first, end) <= 9 || SUBORDINATORS.contains(word);
        }

        /** "according to X, C" and "C, according to X". */
        private void according(Cue cue, Sentence sentence) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int comma = -1;
            for (int t = cue.end(); t < sentenceEnd && t < cue.end() + MAX_APPOSED_SPEAKER; t++) {
                if (tokens.is(t, ',') || tokens.is(t, '—')) {
                    comma = t;
                    break;
                }
            }
            int sourceEnd = comma >= 0 ? comma : sentenceEnd;
            for (int t = cue.end() + 1; t < sourceEnd; t++) {
                if (isDash(t)) {
                    sourceEnd = t;
                    break;
                }
            }
            int speakerLimit = trimEnd(cue.end(), sourceEnd);
            if (speakerLimit <= cue.end()) {
                return;
            }
            int[] speaker = {cue.end(), speakerLimit};
            if (speakerLimit - cue.end() > 14) {
                speaker = longSource(cue.end(), speakerLimit);
                if (speaker == null) {
                    return;
                }
            }
            boolean leading = cue.first() == sentenceFirst || words(sentenceFirst, cue.first()) <= 3 && !hasComma(sentenceFirst, cue.first() - 1);
            if (leading && comma >= 0) {
                add(cue, speaker, comma + 1, trimEnd(comma + 1, sentenceEnd), sentence);
                return;
            }
            int contentEnd = cue.first();
            boolean setOff = contentEnd - 1 >= sentenceFirst && (tokens.is(contentEnd - 1, ',') || tokens.is(contentEnd - 1, '—'));
            if (setOff) {
                contentEnd--;
            }
            if (words(sentenceFirst, contentEnd) >= MIN_CONTENT_WORDS) {
                if (setOff && comma >= 0 && continuesClause(comma + 1, sentenceEnd)) {
                    contentEnd = contentEndBefore(comma + 1, sentenceEnd, null);
                }
                add(cue, speaker, sentenceFirst, contentEnd, sentence);
            }
        }

        /**
         * "according to a January 2016 study by the Pew Research Center based on census data from 2014": a source
         * described at length is named by the phrase that opens it, up to its first comma-free modifier.
         */
        private int[] longSource(int first, int limit) {
            if (quoted.get(first) || hasComma(first, limit)) {
                return null;
            }
            int[] head = phrases.phraseStartingAt(first, limit);
            return head != null && head[0] == first && head[1] > first ? head : null;
        }

        private static boolean isVerb(CueKind kind) {
            return kind == CueKind.SPEECH || kind == CueKind.OBJECT || kind == CueKind.BELIEF;
        }

        private boolean isDash(int t) {
            return tokens.is(t, '—') || tokens.is(t, '–') || tokens.is(t, '-') && t > 0 && !tokens.isWord(t - 1, "-")
                    && tokens.start(t) > 0 && Character.isWhitespace(doc.charAt(tokens.start(t) - 1));
        }

        private boolean hasDash(int from, int to) {
            for (int t = from; t < to; t++) {
                if (isDash(t)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasComma(int from, int to) {
            for (int t = from; t < to; t++) {
                if (tokens.is(t, ',')) {
                    return true;
                }
            }
            return false;
        }

        /** "X rejected claims that C", "X's allegation that C". */
        private void claimNoun(Cue cue, Sentence sentence, Cue nextCue) {
            int sentenceFirst = sentence.firstToken();
            int sentenceEnd = sentence.endToken();
            int afterNoun = cue.end() + 1;
            int contentEnd = contentEndBefore(afterNoun, sentenceEnd, nextCue);
            if (words(afterNoun, contentEnd) < 2) {
                return;
            }
            int verb = -1;
            for (int t = cue.first() - 1; t >= sentenceFirst && t >= cue.first() - 5; t--) {
                if (tokens.isWord(t) && CLAIM_NOUN_VERBS.contains(tokens.lower(t))) {
                    verb = t;
                    break;
                }
                if (!tokens.isWord(t) && !tokens.is(t, '\'') && !tokens.is(t, '’')) {
                    break;
                }
            }
            if (verb >= 0) {
                Cue verbCue = new Cue(verb, verb + 1, CueKind.SPEECH);
                int[] speaker = subjectOf(verbCue, sentenceFirst);
                if (speaker != null) {
                    usedCues.set(verb);
                    add(verbCue, speaker, verb + 1, contentEnd, sentence);
                }
                return;
            }
            int owner = cue.first() - 1;
            if (owner >= sentenceFirst && tokens.isWord(owner)) {
                String word = tokens.lower(owner);
                int[] speaker = null;
                if (word.equals("his") || word.equals("her") || word.equals("their")) {
                    speaker = new int[] {owner, owner + 1};
                } else if (word.endsWith("'s") || word.endsWith("s'")) {
                    speaker = possessor(owner, sentenceFirst);
                }
                if (speaker != null) {
                    add(cue, speaker, afterNoun, contentEnd, sentence);
                }
            }
        }

        private int[] possessor(int owner, int floor) {
            int first = owner;
            while (first - 1 >= floor && tokens.isWord(first - 1) && tokens.isCapitalized(first - 1) && owner - first < 5) {
                first--;
            }
            if (!tokens.isCapitalized(owner) && first == owner) {
                return null;
            }
            return new int[] {first, owner + 1};
        }

        /** Where the content of a verb cue starts: after an addressee, adjuncts, "that" or a colon. */
        private int contentStartAfter(Cue cue, int sentenceEnd) {
            int t = cue.end();
            if (cue.kind() == CueKind.OBJECT && t < sentenceEnd) {
                int[] addressee = phrases.phraseStartingAt(t, sentenceEnd);
                if (addressee != null && !tokens.isWord(addressee[0], "that")) {
                    t = addressee[1];
                } else if (tokens.isWord(t) && ADDRESSEES.contains(tokens.lower(t))) {
                    t++;
                }
            }
            if (t < sentenceEnd && (tokens.is(t, ';') || tokens.is(t, '.'))) {
                return sentenceEnd;
            }
            int adjunctEnd = skipAdjuncts(t, sentenceEnd);
            if (adjunctEnd < sentenceEnd && tokens.isWord(adjunctEnd, "that")) {
                return adjunctEnd + 1;
            }
            if (adjunctEnd < sentenceEnd && (tokens.is(adjunctEnd, ':') || tokens.is(adjunctEnd, ','))) {
                return adjunctEnd + 1;
            }
            if (cue.kind() == CueKind.OBJECT && t < sentenceEnd && tokens.isWord(t, "to")
                    && !COMMITMENT_VERBS.contains(tokens.lower(cue.first()))) {
                return sentenceEnd;
            }
            if (t < sentenceEnd && (tokens.is(t, ',') || tokens.is(t, ':'))) {
                t++;
            }
            return t;
        }

        /** Skips "in a statement", "on Monday", "to reporters", "last week", "Tuesday" after a cue. */
        private int skipAdjuncts(int t, int sentenceEnd) {
            int i = t;
            int guard = 0;
            while (i < sentenceEnd && guard++ < 4) {
                if (infinitive(i, sentenceEnd)) {
                    break;
                }
                if (tokens.isWord(i) && (ADJUNCT_STARTERS.contains(tokens.lower(i)))) {
                    int j = i + 1;
                    while (j < sentenceEnd && j < i + 7 && tokens.isWord(j) && !tokens.isWord(j, "that")
                            && !Phrases.isPronoun(tokens.lower(j)) && !lexicon.isVerbCue(tokens.lower(j))) {
                        j++;
                        if (j < sentenceEnd && (tokens.isWord(j, "that") || tokens.is(j, ',') || tokens.is(j, ':'))) {
                            break;
                        }
                    }
                    if (j < sentenceEnd && (tokens.isWord(j, "that") || tokens.is(j, ',') || tokens.is(j, ':'))) {
                        i = j;
                        break;
                    }
                    return t;
                } else if (phrases.isVerbCompanion(i)) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        /** "vowed to veto …": "to" before a bare verb opens what is said, unlike "to reporters" or "to the crowd". */
        private boolean infinitive(int t, int sentenceEnd) {
            if (!tokens.isWord(t, "to") || t + 1 >= sentenceEnd || !tokens.isWord(t + 1) || tokens.isCapitalized(t + 1)) {
                return false;
            }
            String next = tokens.lower(t + 1);
            return !Phrases.DETERMINERS.contains(next) && !ADDRESSEES.contains(next) && !Phrases.isPronoun(next)
                    && !lexicon.isSourceNoun(next) && !lexicon.isPersonRoleNoun(next) && !lexicon.isOrganisationRoleNoun(next)
                    && !next.endsWith("s");
        }

        /**
         * Content runs to the end of the sentence, or to a following cue that starts the next claim
         * (", adding that"), or to a new clause with its own subject (", and he railed against …").
         */
        private int contentEndBefore(int first, int sentenceEnd, Cue nextCue) {
            int end = sentenceEnd;
            if (nextCue != null && nextCue.first() < sentenceEnd && nextCue.first() > first) {
                int before = nextCue.first() - 1;
                while (before > first && (tokens.isWord(before, "and") || tokens.isWord(before, "also") || phrases.isVerbCompanion(before))) {
                    before--;
                }
                boolean participle = tokens.lower(nextCue.first()).endsWith("ing");
                boolean verb = isVerb(nextCue.kind());
                // "Salceda, citing data from the State Department, said that C": a cue right after a comma ends the content
                boolean finiteAfterComma = verb && !participle && before == nextCue.first() - 1;
                if (tokens.is(before, ',') && (participle || nextCue.kind() == CueKind.ACCORDING || finiteAfterComma)
                        || tokens.isWord(nextCue.first() - 1, "and") && (participle || verb)) {
                    end = before + (tokens.is(before, ',') ? 0 : 1);
                } else if (verb && !quoted.get(nextCue.first())) {
                    int[] subject = phrases.subjectBefore(nextCue.first(), first);
                    int boundary = subject == null ? -1 : subject[0] - 1;
                    if (boundary > first && (tokens.is(boundary, ',') || tokens.isWord(boundary, "but") || tokens.isWord(boundary, "and"))) {
                        end = boundary;
                    } else if (boundary > first && quotedPhraseClosesAt(boundary, first)) {
                        end = boundary + 1;
                    }
                }
            }
            end = Math.min(end, coordinatedCue(first, end));
            for (int t = first + 2; t + 2 < end; t++) {
                if ((tokens.is(t, ',') || tokens.is(t, ';')) && tokens.isWord(t + 1)
                        && (tokens.isWord(t + 1, "and") || tokens.isWord(t + 1, "but")) && tokens.isWord(t + 2)
                        && (Phrases.isPronoun(tokens.lower(t + 2))
                        || tokens.isWord(t + 1, "and") && SETTING_AFTER_AND.contains(tokens.lower(t + 2)))
                        && !quoted.get(t)) {
                    end = t;
                    break;
                }
                if (isDash(t) && !quoted.get(t) && tokens.isWord(t + 1) && (DASH_CLAUSE_OPENERS.contains(tokens.lower(t + 1))
                        || DASH_APPOSITION_OPENERS.contains(tokens.lower(t + 1)) && !hasDash(t + 1, end))) {
                    end = t;
                    break;
                }
                if (tokens.is(t, ';') && !quoted.get(t)) {
                    end = t;
                    break;
                }
                if (tokens.isWord(t, "but") && !quoted.get(t) && tokens.isWord(t + 1) && (SUBJECTLESS_PREDICATE.contains(tokens.lower(t + 1))
                        || speakersParticiple(t + 1))) {
                    end = t;
                    break;
                }
                if (tokens.is(t, ',') && !quoted.get(t) && tokens.isWord(t + 1) && opensTrailingClause(t + 1)
                        && (ADVERSATIVES.contains(tokens.lower(t + 1)) || !hasComma(t + 1, end))) {
                    end = t;
                    break;
                }
            }
            return trimEnd(first, end);
        }

        /**
         * "he would "protect our citizens," the report says": a quoted phrase that the writer closes with a comma
         * inside its closing mark ends the content before a trailing attribution, as the comma alone would.
         */
        private boolean quotedPhraseClosesAt(int mark, int first) {
            return isClosingQuote(mark) && mark - 1 > first && tokens.is(mark - 1, ',');
        }

        /**
         * "X said C and suggested that …", "… and then pointed out …": a verb of saying joined by "and" is the
         * speaker's next predicate, so the claim ends before it (the first such cue between the bounds, or {@code end}).
         */
        private int coordinatedCue(int first, int end) {
            for (int i = cueIndexAtOrAfter(first + 1); i < cues.size() && cues.get(i).first() < end; i++) {
                Cue c = cues.get(i);
                if (!isVerb(c.kind()) || quoted.get(c.first())) {
                    continue;
                }
                int before = c.first() - 1;
                while (before > first && phrases.isVerbCompanion(before)) {
                    before--;
                }
                if (before > first + 1 && tokens.isWord(before, "and") && !quoted.get(before)) {
                    return tokens.is(before - 1, ',') ? before - 1 : before;
                }
            }
            return end;
        }

        /**
         * "said she was experienced but suggesting it might not be enough": a participle after "but" goes on with the
         * speaker's clause; words in "-ing" that are prepositions ("during", "including") or pronouns ("nothing") do not.
         */
        private boolean speakersParticiple(int t) {
            String word = tokens.lower(t);
            return word.endsWith("ing") && !word.endsWith("thing") && !tokens.isCapitalized(t)
                    && !Phrases.PREPOSITIONS.contains(word) && !ING_PREPOSITIONS.contains(word);
        }

        /** ", while Cruz said …", ", but Democratic Gov. Maggie Hassan …": a clause of the writer's after the claim. */
        private boolean opensTrailingClause(int t) {
            String word = tokens.lower(t);
            return TRAILING_CLAUSE_OPENERS.contains(word)
                    || word.equals("but") && t + 1 < tokens.size() && tokens.isWord(t + 1)
                    && (tokens.isCapitalized(t + 1) && !tokens.isWord(t + 1, "i") || tokens.isWord(t + 1, "the"));
        }

        private int trimEnd(int first, int end) {
            while (end > first && !tokens.isWord(end - 1) && !isClosingQuote(end - 1) && !tokens.is(end - 1, '?')
                    && !tokens.is(end - 1, '!') && !tokens.is(end - 1, ')') && !tokens.is(end - 1, ']')) {
                end--;
            }
            return end;
        }

        private boolean isClosingQuote(int t) {
            if (tokens.isWord(t)) {
                return false;
            }
            String c = tokens.lower(t);
            return c.equals("”") || c.equals("\"") || c.equals("»") || c.equals("’");
        }

        private void add(Cue cue, int[] speaker, int contentFirst, int contentEnd, Sentence sentence) {
            if (contentFirst >= contentEnd) {
                return;
            }
            int start = tokens.start(pastDateline(contentFirst, contentEnd));
            int end = tokens.end(contentEnd - 1);
            int[] trimmed = trim(start, end);
            if (trimmed == null) {
                return;
            }
            usedCues.set(cue.first());
            lastSpeakerInSentence.put(doc.sentenceOf(cue.first()), speaker);
            int closedEnd = opensQuoteItLeavesOpen(trimmed[0], trimmed[1]) ? withClosingMark(trimmed[1]) : trimmed[1];
            out.add(attribution(trimmed[0], closedEnd, new Link(cue, speaker), false, sentence.start(), sentence.end()));
        }

        /**
         * "WASHINGTON (Reuters) - The Chinese government likely hacked …": the place (and agency) that opens a wire
         * story's first paragraph is the dateline, not part of what is claimed; the token after its dash, or {@code first}.
         */
        private int pastDateline(int first, int end) {
            if (tokens.start(first) != doc.paragraphs().get(doc.paragraphAt(tokens.start(first))).start()) {
                return first;
            }
            int t = first;
            while (t < end && t - first < 6 && (tokens.isWord(t) && isAllCapitals(t) || tokens.is(t, ',') || tokens.is(t, '.'))) {
                t++;
            }
            if (t == first) {
                return first;
            }
            if (t + 2 < end && tokens.is(t, '(') && tokens.isWord(t + 1) && tokens.isCapitalized(t + 1) && tokens.is(t + 2, ')')) {
                t += 3;
            }
            int dash = t;
            while (t < end && (isDash(t) || tokens.is(t, '-'))) {
                t++;
            }
            return t > dash && t < end && isDash(dash) ? t : first;
        }

        private boolean isAllCapitals(int t) {
            String word = doc.body().substring(tokens.start(t), tokens.end(t));
            return word.length() >= 2 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase());
        }

        /**
         * "he would "protect our citizens,"": reported content that ends in a quoted phrase keeps that phrase's
         * closing mark (with the punctuation inside it), as a quotation is marked; whether a mark opened in
         * {@code [start, end)} is still open at its end.
         */
        private boolean opensQuoteItLeavesOpen(int start, int end) {
            int straight = 0;
            int curly = 0;
            for (int i = start; i < end; i++) {
                char c = doc.charAt(i);
                if (c == '"') {
                    straight++;
                } else if (c == '“' || c == '«') {
                    curly++;
                } else if ((c == '”' || c == '»') && curly > 0) {
                    curly--;
                }
            }
            return straight % 2 == 1 || curly > 0;
        }

        // ---- helpers ----------------------------------------------------------------------------------

        private int words(int from, int to) {
            int count = 0;
            for (int t = from; t < to; t++) {
                if (tokens.isWord(t)) {
                    count++;
                }
            }
            return count;
        }

        private int wordCount(int start, int end) {
            int from = tokens.firstEndingAfter(start);
            int count = 0;
            for (int t = from; t < tokens.size() && tokens.start(t) < end; t++) {
                if (tokens.isWord(t)) {
                    count++;
                }
            }
            return count;
        }

        /** The span without surrounding spaces, quote marks and trailing commas; {@code null} when nothing is left. */
        private int[] trim(int start, int end) {
            int s = start;
            int e = end;
            while (s < e && (isQuoteOrSpace(doc.charAt(s)))) {
                s++;
            }
            while (e > s && (isQuoteOrSpace(doc.charAt(e - 1)) || ",;:—–-".indexOf(doc.charAt(e - 1)) >= 0)) {
                e--;
            }
            return e > s ? new int[] {s, e} : null;
        }

        private boolean isQuoteOrSpace(char c) {
            return Character.isWhitespace(c) || c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„'
                    || c == '`';
        }

        /** Keeps the first of overlapping claims unless a later one is a direct quote covering it. */
        private List<Attribution> removeOverlaps(List<Attribution> sorted) {
            List<Attribution> kept = new ArrayList<>(sorted.size());
            for (Attribution a : sorted) {
                if (!kept.isEmpty()) {
                    Attribution last = kept.get(kept.size() - 1);
                    if (a.start() < last.end()) {
                        int overlap = Math.min(a.end(), last.end()) - a.start();
                        int shorter = Math.min(a.end() - a.start(), last.end() - last.start());
                        if (overlap * 2 > shorter) {
                            if (a.end() - a.start() > last.end() - last.start() && a.direct() == last.direct()) {
                                kept.set(kept.size() - 1, a);
                            }
                            continue;
                        }
                    }
                }
                kept.add(a);
            }
            return kept;
        }
    }
}
