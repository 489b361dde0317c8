package com.claimwire.analysis.stance;

import com.claimwire.contracts.ClaimType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides a claim's type from lexical and shallow syntactic cues, weighing the attribution cue against the
 * claim's content. Every rule adds a weighted vote for one type; ASSERTION starts with a baseline, so a
 * claim with no stance cue is an assertion, and the type with the most weight wins.
 *
 * <ul>
 *   <li><b>Governing cue.</b> The reporting verb that governs the claim (the given cue, or else the nearest
 *   reporting verb before the claim in its sentence) votes for its type: "denied", "rejected claims that"
 *   → DENIAL; "alleged", "accused" → ALLEGATION; "admitted", "acknowledged" → ADMISSION; "vowed",
 *   "pledged" → COMMITMENT. A neutral verb nearest the claim ("saying that") shields it from a stance verb
 *   earlier in the sentence; a negated verb ("did not deny") votes for nothing.</li>
 *   <li><b>Stance verb inside the claim</b> ("Both countries rejected claims that ..."), same lexicon.</li>
 *   <li><b>Content predicates.</b> A claim called false ("is completely wrong", "baseless") is a DENIAL;
 *   one called correct or true is an ADMISSION; a first-person fault ("we made a mistake", "I was wrong") is
 *   an ADMISSION; a negated first-person action ("we did not send", "we have never") is a DENIAL; a
 *   first-person future or readiness ("we will", "we will not be indifferent", "Tehran is ready to") is a
 *   COMMITMENT; "allegedly", "accused of", and wrongdoing words about a third party are an ALLEGATION.</li>
 *   <li><b>Carried-over admission.</b> A first-person past action ("We provided ...") in a quote or paragraph
 *   that has just conceded something is an ADMISSION.</li>
 * </ul>
 *
 * <p>"First person" means I/we in a direct quote, and also he/she/it (and the speaker's own name) in
 * reported speech, where the speaker is referred to in the third person.
 *
 * <p>Confidence is the winning weight over the total weight (plus a constant), so a lone default or
 * two conflicting cues give a lower confidence than agreeing cues. Immutable and thread-safe.
 */
public final class LexicalClaimTypeClassifier implements ClaimTypeClassifier {

    static final String DEFAULT_LEXICON = "/stance/lexicon.txt";

    private static final double BASELINE_ASSERTION = 1.0;
    private static final double GOVERNING_CUE = 3.0;
    private static final double STANCE_VERB_IN_CLAIM = 2.5;
    private static final double CONTENT_PREDICATE = 2.5;
    private static final double CARRIED_ADMISSION = 2.5;
    private static final double FALSITY_MARKER = 2.0;
    private static final double SELF_NEGATION = 2.0;
    private static final double READINESS = 2.0;
    private static final double ALLEGATION_MARKER = 2.0;
    private static final double WRONGDOING = 1.5;
    private static final double VERDICT_ON_PARTY = 1.5;
    private static final double CONFIDENCE_SMOOTHING = 0.5;

    /** Tokens between a noun cue and the verb that takes it as object ("rejected Western countries' allegations"). */
    private static final int OBJECT_DISTANCE = 4;
    private static final int NEGATION_WINDOW = 3;
    private static final int CLAUSE_WINDOW = 15;
    private static final int QUESTION_WINDOW = 3;
    /** The most words of a question tag after its comma ("..., doesn't it?", "..., right?"). */
    private static final int TAG_LENGTH = 3;
    /** The most tokens of subject, auxiliaries and adverbs before a claim's own opening stance verb. */
    private static final int OPENING_SUBJECT_LENGTH = 4;
    /** Words that open a subordinate clause or a phrase, so that a stance verb after them is not the claim's own. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "which", "that", "whom", "whose", "of", "and", "but",
            "or", "when", "while", "after", "before", "if", "because");
    private static final Set<String> IDIOMATIC_MODIFIERS = Set.of("politically");
    /** "how things had gone wrong" tells of a failure, not of a false claim. */
    private static final Set<String> GOING = Set.of("go", "goes", "going", "went", "gone");
    private static final Set<String> CHARGE_COPULAS = Set.of("is", "are", "am", "was", "were", "'s", "be");
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("have", "has", "had", "did", "do", "does");
    private static final Set<String> BELIEF_AUXILIARIES = Set.of("do", "does", "did", "am", "is", "are", "was", "were");
    /** Words just before a first-person "will" that make it a forecast rather than a promise. */
    private static final Set<String> HEDGES = Set.of("looks", "seems", "probably", "perhaps", "maybe", "likely", "guess",
            "suspect", "fear");
    /** Words just after a first-person "will" that foretell a hardship, not a promise ("she will have difficulty"). */
    private static final Set<String> DIFFICULTIES = Set.of("difficulty", "difficulties", "trouble", "problems");
    private static final int HEDGE_WINDOW = 4;
    private static final Set<String> THIRD_PERSONS = Set.of("he", "she", "they");
    /** Words that open a clause which explains, compares or qualifies rather than states the speaker's undertaking. */
    private static final Set<String> SUBORDINATORS = Set.of("because", "since", "as", "while", "although", "though",
            "until", "when", "whenever", "once", "than", "who", "whom");
    /** Words that may stand between a party and the verdict said of it ("he has really been", "Rubio is very, very"). */
    private static final Set<String> VERDICT_LINKS = Set.of("is", "are", "was", "were", "'s", "be", "been", "being", "has",
            "have", "had", "remains", "remained", "seems", "seemed", "looks", "sounds", "appears", "became", "become",
            "would", "will", "could", "can", "may", "might", "a", "an", "the", "most", "more", "so", "too", "very", "just",
            "such", "also", "still", "always", "even", "pretty", "quite", ",");
    /** Pronouns that name a party other than the speaker when a verdict is said of them ("he is dangerous"). */
    private static final Set<String> PARTY_PRONOUNS = Set.of("he", "she", "they", "you");
    /** Words before a name that make it qualify the noun after it ("its drug abuse kits", "many Russian hacking groups"). */
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "several", "other", "all", "most");
    /** Characters after which a capitalized word may only open a sentence or a quote, so it need not be a name. */
    /** Characters that may stand before a word inside its token ("“Rubio", "(Smith"). */
    private static final String WORD_OPENERS = "\"\u201c\u2018'(";
    private static final String SENTENCE_OPENERS = ".!?:\"\u201c\u201d'\u2018\u2019(";
    /** The most tokens between a party and the verdict said of it. */
    private static final int VERDICT_REACH = 6;

    private static final String ADVERBS =
            "(?:(?:\\S+ly|also|again|once|still|already|just|even|ever|then|now|all|both|so|too|yet|quite|indeed|in fact) )*";
    private static final String COPULA = "(?:is|are|was|were|'s|be|been|being|remains|remain)";
    private static final String SELF_TOKEN = "selfref";
    /**
     * What may follow a verdict of truth: the end of its clause or a complement ("is true that", "is correct about");
     * "the case in which" names a case.
     */
    private static final String TRUTH_END = "(?=$| [,.;:!?]| (?:that|and|but|about|for|in(?! which)|of|when|because)(?!\\S))";
    /**
     * The same for falsity, which also takes "wrong to say", "false on every count", "wrong, as we showed"; "wrong to
     * have a law" faults an action, and only "wrong to" a verb of saying or thinking calls a claim false.
     */
    private static final String FALSITY_END = "(?=$| [,.;:!?]| (?:that|and|but|or|about|for|in|of|when|because|on|as|from|at|so"
            + "|during|here)(?!\\S)| to (?:say|suggest|claim|imply|think|believe|assume|call|describe|characterize|portray"
            + "|paint|argue|insist|pretend)(?!\\S))";
    /**
     * "We will have to", "we're going to need" are an obligation or a need, not a promise; "we'll see" leaves the matter open; "I'll tell you", "I will
     * predict" only announce what the speaker is about to say.
     */
    private static final String NOT_OBLIGATION =
            "(?! (?:have to|need|see|say|tell you|predict|admit|add|bet|repeat|concede|answer)(?!\\S))";
    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "nor", "without", "refused", "refuse",
            "refuses", "refusing", "declined", "decline", "declines", "declining");
    private static final Set<String> CONDITIONALS = Set.of("if", "whether", "unless");
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(",", ";", ":", ".", "!", "?");
    /** Words that open a new clause inside a sentence ("we know that they ...", "..., but he ..."). */
    private static final Set<String> CLAUSE_LINKS = Set.of("that", "and", "but", "because", "who", "which", "while");
    /** Nouns that report someone's words ("his promise that he would"). */
    private static final Set<String> REPORTING_NOUNS = Set.of("proclamation", "promise", "pledge", "vow", "claim", "claims",
            "announcement", "statement", "assertion", "assurance", "assurances", "suggestion", "insistence", "argument",
            "speculation", "rumor", "rumors", "rumour", "rumours", "reports", "word", "news", "idea", "notion");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "whether", "which", "why", "who", "when", "if");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "'s", "any", "no", "every");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were");
    private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they", SELF_TOKEN);
    /** Reported-speech pronouns that refer to the speaker only as the subject of the reported clause ("said it will"). */
    private static final Set<String> CLAUSE_INITIAL_SELVES = Set.of("it", "they");
    private static final Set<String> INVERTING_AUXILIARIES = Set.of("had", "did", "were", "was", "do", "does", "should",
            "could", "would");
    private static final Set<String> DIRECT_SELF = Set.of("i", "we", SELF_TOKEN);
    private static final Set<String> REPORTED_SELF = Set.of("i", "we", "he", "she", "it", "they", SELF_TOKEN);
    /** Roles of someone who speaks for a body: "a company spokesman" speaks for the company. */
    private static final Set<String> REPRESENTATIVE_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson",
            "spokesmen", "official", "officials", "representative", "representatives", "executive", "executives");
    private static final Set<String> NAME_STOPWORDS = Set.of("the", "of", "and", "de", "al", "van", "von", "mr", "mrs",
            "ms", "dr");

    private static final class Defaults {
        static final LexicalClaimTypeClassifier INSTANCE = new LexicalClaimTypeClassifier(StanceLexicon.load(DEFAULT_LEXICON));
    }

    /** A classifier with the lexicon that ships with Claimwire, loaded once. */
    public static LexicalClaimTypeClassifier withDefaults() {
        return Defaults.INSTANCE;
    }

    private record Stance(ClaimType type) {
        boolean neutral() {
            return type == null;
        }
    }

    private record Occurrence(String form, Stance stance, int firstToken, int lastToken) {
    }

    private final Map<String, Stance> stanceForms;
    private final Map<String, Stance> cueForms;
    private final Set<String> nounForms;
    private final Set<String> verbLemmas;
    private final PhraseIndex stanceWords;
    private final PhraseIndex cueWords;
    private final Set<String> selfAssertionVerbs;
    private final Set<String> confirmationVerbs;
    private final PhraseIndex denialWords;
    private final Set<String> namingVerbs;
    private final Set<String> falsityWords;
    private final GuardedPattern falsityPredicate;
    private final GuardedPattern truthPredicate;
    private final PhraseIndex falsityMarkers;
    private final PhraseIndex allegationMarkers;
    private final PhraseIndex wrongdoing;
    private final PhraseIndex pejoratives;
    private final Set<String> partyNouns;
    private final GuardedPattern readiness;
    private final PhraseIndex admissionVerbs;
    private final Set<String> nonDenialVerbs;
    private final SelfPatterns direct;
    private final SelfPatterns reported;
    private final SelfPatterns reportedByBody;
    private final Set<String> bodyNouns;

    /** Rules whose subject must be the speaker; compiled once for quotes and once for reported speech. */
    private record SelfPatterns(Set<String> selves, GuardedPattern negation, List<GuardedPattern> commitments,
            GuardedPattern fault, GuardedPattern pastAction) {
    }

    LexicalClaimTypeClassifier(StanceLexicon lexicon) {
        Map<String, Stance> forms = new HashMap<>();
        lexicon.inflected("neutral-verbs").forEach(form -> forms.put(form, new Stance(null)));
        putAll(forms, lexicon.inflected("allegation-verbs"), ClaimType.ALLEGATION);
        putAll(forms, lexicon.inflected("allegation-nouns"), ClaimType.ALLEGATION);
        putAll(forms, lexicon.inflected("commitment-verbs"), ClaimType.COMMITMENT);
        putAll(forms, lexicon.inflected("commitment-nouns"), ClaimType.COMMITMENT);
        putAll(forms, lexicon.inflected("denial-verbs"), ClaimType.DENIAL);
        putAll(forms, lexicon.inflected("denial-nouns"), ClaimType.DENIAL);
        putAll(forms, lexicon.inflected("admission-verbs"), ClaimType.ADMISSION);
        putAll(forms, lexicon.inflected("admission-nouns"), ClaimType.ADMISSION);
        this.stanceForms = Map.copyOf(forms);
        Set<String> nouns = new HashSet<>();
        for (String section : List.of("allegation-nouns", "commitment-nouns", "denial-nouns", "admission-nouns")) {
            lexicon.literal(section).forEach(noun -> {
                nouns.add(noun);
                nouns.add(plural(noun));
            });
        }
        this.nounForms = Set.copyOf(nouns);
        Set<String> lemmas = new HashSet<>();
        for (String section : List.of("neutral-verbs", "allegation-verbs", "commitment-verbs", "denial-verbs", "admission-verbs")) {
            lemmas.addAll(lexicon.literal(section));
        }
        this.verbLemmas = Set.copyOf(lemmas);
        this.stanceWords = new PhraseIndex(stanceForms.keySet());
        putAll(forms, lexicon.inflected("intention-verbs"), ClaimType.COMMITMENT);
        this.cueForms = Map.copyOf(forms);
        this.cueWords = new PhraseIndex(cueForms.keySet());
        this.selfAssertionVerbs = Set.copyOf(lexicon.inflected("self-assertion-verbs"));
        this.confirmationVerbs = Set.copyOf(lexicon.inflected("confirmation-verbs"));
        Set<String> denials = new HashSet<>(lexicon.inflected("denial-verbs"));
        denials.addAll(lexicon.inflected("denial-nouns"));
        this.denialWords = new PhraseIndex(denials);
        this.namingVerbs = Set.copyOf(lexicon.inflected("naming-verbs"));
        this.falsityWords = lexicon.literal("falsity-predicates").stream().filter(word -> !word.contains(" "))
                .collect(Collectors.toUnmodifiableSet());
        List<String> falsities = lexicon.literal("falsity-predicates");
        List<String> truths = lexicon.literal("truth-predicates");
        // A verdict ends its clause or opens a complement: "is misleading voters" is an action, not a verdict.
        this.falsityPredicate = guarded(COPULA + " " + ADVERBS + "(not )?" + alternation(falsities) + FALSITY_END,
                lastWords(falsities));
        // "is true" confirms a claim when nothing follows it; "there is true competition" uses it as an adjective.
        this.truthPredicate = guarded(COPULA + " " + ADVERBS + "(not )?" + alternation(truths) + TRUTH_END,
                lastWords(truths));
        this.falsityMarkers = new PhraseIndex(lexicon.literal("falsity-markers"));
        this.allegationMarkers = new PhraseIndex(lexicon.literal("allegation-markers"));
        this.wrongdoing = new PhraseIndex(lexicon.inflected("wrongdoing"));
        this.pejoratives = new PhraseIndex(lexicon.inflected("pejoratives"));
        this.partyNouns = Set.copyOf(lexicon.literal("party-nouns"));
        List<String> readinessWords = lexicon.literal("readiness-predicates");
        this.readiness = guarded("(?:is|are|am|(was|were)|'s|remains?|stands?|appears?|seems?) " + ADVERBS
                + alternation(readinessWords) + "(?! (?:have|be)(?!\\S))", firstWords(readinessWords));
        this.admissionVerbs = new PhraseIndex(lexicon.inflected("admission-verbs"));
        this.nonDenialVerbs = Set.copyOf(lexicon.inflected("non-denial-verbs"));
        String pastVerbs = "(?:\\S+ed|" + alternation(lexicon.literal("irregular-past")) + ")";
        List<String> selfCommitments = lexicon.literal("self-commitment-phrases");
        List<String> selfFaults = lexicon.literal("self-fault-phrases");
        List<String> quotedFaults = new ArrayList<>(selfFaults);
        quotedFaults.addAll(lexicon.literal("quoted-self-fault-phrases"));
        this.direct = selfPatterns(DIRECT_SELF, selfCommitments, quotedFaults, pastVerbs);
        // Reported speech names the speaker in the third person. "They will" is left out of promises: as often a
        // prediction about others. "He would" is a promise unless it only hedges ("would be", "would like").
        Set<String> promisers = new HashSet<>(REPORTED_SELF);
        promisers.remove("they");
        SelfPatterns reportedSelf = selfPatterns(REPORTED_SELF, selfCommitments, selfFaults, pastVerbs);
        // Reported speech shifts "I plan to" back to "he planned to".
        List<String> reportedCommitments = new ArrayList<>(selfCommitments);
        reportedCommitments.addAll(lexicon.literal("reported-self-commitment-phrases"));
        GuardedPattern reportedPromise =
                guarded(alternation(promisers) + " " + ADVERBS + alternation(reportedCommitments) + NOT_OBLIGATION, promisers);
        this.reported = new SelfPatterns(REPORTED_SELF, reportedSelf.negation(),
                List.of(reportedPromise, wouldPromise(Set.of("he", "she", SELF_TOKEN))),
                reportedSelf.fault(), reportedSelf.pastAction());
        // A body speaks of itself as "it": "the company said it would cut 500 jobs" is its own undertaking.
        this.reportedByBody = new SelfPatterns(REPORTED_SELF, reportedSelf.negation(),
                List.of(reportedPromise, wouldPromise(Set.of("he", "she", "it", SELF_TOKEN))),
                reportedSelf.fault(), reportedSelf.pastAction());
        this.bodyNouns = Set.copyOf(lexicon.literal("body-nouns"));
    }

    /** "he would", in reported speech a promise unless it only hedges ("would be", "would not be", "would like"). */
    private static GuardedPattern wouldPromise(Set<String> promisers) {
        return guarded(alternation(promisers) + " " + ADVERBS + "would(?! (?:not )?(?:be|have|like|love|rather|prefer)(?!\\S))",
                promisers);
    }

    /** Whether the speaker is an organisation, government or other body rather than a person ("the Sanders campaign"). */
    private boolean speaksAsBody(String speakerName) {
        if (speakerName == null) {
            return false;
        }
        for (String token : StanceText.normalize(speakerName).split(" ")) {
            if (bodyNouns.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static SelfPatterns selfPatterns(Set<String> selves, List<String> commitments, List<String> faults,
            String pastVerbs) {
        String self = alternation(selves) + " " + ADVERBS;
        // Only past and perfect negations deny something done; "I do not watch football" is a plain statement, and
        // "we have not yet decided" tells where a matter stands.
        String auxiliary = "(?:(?:did|have|has|had|was|were) )?";
        return new SelfPatterns(selves,
                guarded(self + auxiliary + ADVERBS + "(?:not|never|no longer) (?!only |yet )" + ADVERBS + "(\\S+)", selves),
                List.of(guarded(self + alternation(commitments) + NOT_OBLIGATION, selves)),
                // "I am sorry to say", "we regret to inform" are courtesy, not fault.
                guarded(self + "(?:(?:have|has|had|do|did) )?" + ADVERBS + alternation(faults) + "(?! to(?!\\S))", selves),
                guarded(self + "(?:(?:have|has|had) )?" + ADVERBS + pastVerbs, selves));
    }

    @Override
    public Decision classify(Input input) {
        Words content = Words.of(withSpeakerMarked(StanceText.normalize(input.content()), input.speakerName()));
        SelfPatterns self = input.direct() ? direct : speaksAsBody(input.speakerName()) ? reportedByBody : reported;
        Map<ClaimType, Double> votes = new EnumMap<>(ClaimType.class);
        votes.put(ClaimType.ASSERTION, BASELINE_ASSERTION);

        governingCue(input, content, self).ifPresent(type -> vote(votes, type, GOVERNING_CUE));
        // A question ("Why would we deny it?") asks rather than takes a stance; only its cue can give it one.
        if (question(content)) {
            return decide(votes);
        }
        stanceVerbInClaim(content, self).ifPresent(type -> vote(votes, type, STANCE_VERB_IN_CLAIM));
        voteOnPredicates(content, self, votes);
        if (votes.getOrDefault(ClaimType.ALLEGATION, 0.0) == 0 && condemnsAnotherParty(content, input)) {
            vote(votes, ClaimType.ALLEGATION, VERDICT_ON_PARTY);
        }
        if (namedFalse(input, content)) {
            vote(votes, ClaimType.DENIAL, CONTENT_PREDICATE);
        }
        if (carriesAdmission(content, self, input)) {
            vote(votes, ClaimType.ADMISSION, CARRIED_ADMISSION);
        }
        return decide(votes);
    }

    /** A claim that ends in a question mark, unless only a tag makes it one ("That's a bribe, isn't it?"). */
    private static boolean question(Words content) {
        String[] tokens = content.tokens();
        int last = tokens.length - 1;
        if (last < 0 || !tokens[last].equals("?")) {
            return false;
        }
        for (int i = last - 1; i >= Math.max(0, last - 1 - TAG_LENGTH); i--) {
            if (tokens[i].equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "calling the reports inaccurate and deliberately misleading": after a naming cue the claim is a small clause
     * whose verdict has no copula, so a falsity word anywhere in it calls the claim false.
     */
    private boolean namedFalse(Input input, Words content) {
        String[] frame = frame(input).split(" ");
        if (!namingVerbs.contains(frame[frame.length - 1])) {
            return false;
        }
        String[] tokens = content.tokens();
        for (int i = 0; i < tokens.length; i++) {
            boolean wentWrong = i > 0 && GOING.contains(tokens[i - 1]);
            if (falsityWords.contains(tokens[i]) && !negated(tokens, i) && !wentWrong) {
                return true;
            }
        }
        return false;
    }

    private void voteOnPredicates(Words content, SelfPatterns self, Map<ClaimType, Double> votes) {
        if (self.fault().foundIn(content)) {
            vote(votes, ClaimType.ADMISSION, CONTENT_PREDICATE);
        } else if (findPredicate(falsityPredicate, content, self)) {
            vote(votes, ClaimType.DENIAL, CONTENT_PREDICATE);
        }
        if (falsityMarkers.foundIn(content.tokens())) {
            vote(votes, ClaimType.DENIAL, FALSITY_MARKER);
        }
        if (findPredicate(truthPredicate, content, self)) {
            vote(votes, ClaimType.ADMISSION, CONTENT_PREDICATE);
        } else if (disbelieves(truthPredicate, content, self)) {
            vote(votes, ClaimType.DENIAL, CONTENT_PREDICATE);
        }
        if (negatesOwnAction(content, self)) {
            vote(votes, ClaimType.DENIAL, SELF_NEGATION);
        }
        if (promises(content, self)) {
            vote(votes, ClaimType.COMMITMENT, CONTENT_PREDICATE);
        } else if (offersReadiness(content, self)) {
            vote(votes, ClaimType.COMMITMENT, READINESS);
        }
        if (allegationMarkers.foundIn(content.tokens())) {
            vote(votes, ClaimType.ALLEGATION, ALLEGATION_MARKER);
        }
        if (accusesAnotherParty(content.tokens(), self)) {
            vote(votes, ClaimType.ALLEGATION, WRONGDOING);
        }
        if (rejectsACharge(content.tokens())) {
            vote(votes, ClaimType.DENIAL, SELF_NEGATION);
        }
    }

    /**
     * "He is dangerous", "Rubio is very, very weak on immigration", "she lacks the judgment": a pejorative verdict or a
     * wrongdoing said right after another party (a third-person pronoun, a name, "the president") condemns that party,
     * even in a claim where the speaker also speaks of itself. Only link words may stand between the party and the
     * verdict, so "he is not dangerous" and "the yen is dangerous" condemn nobody.
     */
    private boolean condemnsAnotherParty(Words content, Input input) {
        String[] tokens = content.tokens();
        List<PhraseIndex.Hit> verdicts = new ArrayList<>(pejoratives.findAll(tokens));
        verdicts.addAll(wrongdoing.findAll(tokens));
        for (PhraseIndex.Hit verdict : verdicts) {
            int i = verdict.first() - 1;
            while (i >= 0 && verdict.first() - i <= VERDICT_REACH
                    && (VERDICT_LINKS.contains(tokens[i]) || tokens[i].endsWith("ly") && tokens[i].length() > 3)) {
                i--;
            }
            if (i < 0 || verdict.first() - i > VERDICT_REACH) {
                continue;
            }
            // "the Armenian genocide", "its Drug abuse kits": a name right before the verdict after a determiner only
            // qualifies it.
            boolean qualifier = i == verdict.first() - 1 && i > 0 && (DETERMINERS.contains(tokens[i - 1]) || QUANTIFIERS.contains(tokens[i - 1]));
            boolean party = PARTY_PRONOUNS.contains(tokens[i]) || partyNouns.contains(tokens[i])
                    || !qualifier && namedMidSentence(tokens[i], input);
            if (party && !conditional(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is written capitalized inside a sentence somewhere in the claim's text: a name, not a common noun. */
    private static boolean namedMidSentence(String word, Input input) {
        String stem = word.split("'")[0];
        if (PRONOUNS.contains(word) || DETERMINERS.contains(word) || stem.length() < 2) {
            return false;
        }
        String capitalized = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
        for (String text : new String[] {input.content(), input.sentence(), input.context()}) {
            if (text == null) {
                continue;
            }
            for (int at = text.indexOf(capitalized); at >= 0; at = text.indexOf(capitalized, at + 1)) {
                int end = at + capitalized.length();
                boolean wholeWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (wholeWord && insideSentence(text, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word at {@code at} follows another word of its sentence rather than opening a sentence or a quote. */
    private static boolean insideSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && WORD_OPENERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || !Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && SENTENCE_OPENERS.indexOf(text.charAt(i)) < 0;
    }

    /**
     * "Donald Trump is not a racist", "I am not a crook": saying that someone is not what a charge calls them rejects
     * the charge.
     */
    private boolean rejectsACharge(String[] tokens) {
        for (PhraseIndex.Hit hit : wrongdoing.findAll(tokens)) {
            int at = hit.first() - 1;
            if (at >= 0 && (tokens[at].equals("a") || tokens[at].equals("an"))) {
                at--;
            }
            if (at >= 1 && (tokens[at].equals("not") || tokens[at].equals("never"))
                    && CHARGE_COPULAS.contains(tokens[at - 1]) && !conditional(tokens, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that introduce the claim: the cue as given, or else the sentence up to the claim. A claim that
     * opens with "to" completes its cue ("threatened | to veto the bill"), so the cue is read with it.
     */
    private static String frame(Input input) {
        if (input.cue() != null && !input.cue().isBlank()) {
            String cue = StanceText.normalize(input.cue());
            return StanceText.normalize(input.content()).startsWith("to ") ? cue + " to" : cue;
        }
        if (input.sentence() == null || input.content() == null || input.content().isEmpty()) {
            return "";
        }
        int at = input.sentence().indexOf(input.content());
        return at <= 0 ? "" : StanceText.normalize(input.sentence().substring(0, at));
    }

    /**
     * The type the governing cue gives the claim. A negated cue ("did not deny") gives none; "claim" gives an
     * allegation only about another party; "confirm" is neutral unless it concedes something against the speaker.
     */
    private Optional<ClaimType> governingCue(Input input, Words content, SelfPatterns self) {
        String[] tokens = frame(input).split(" ");
        Optional<Occurrence> governing = governingOccurrence(tokens);
        if (governing.isEmpty() || negated(tokens, governing.get().firstToken()) || cueNegatedInSentence(input)) {
            return Optional.empty();
        }
        String form = governing.get().form();
        if (governing.get().stance().neutral()) {
            return confirmationVerbs.contains(form) && confirmsAgainstSelf(content, self, input)
                    ? Optional.of(ClaimType.ADMISSION) : Optional.empty();
        }
        boolean aboutSelf = content.tokens().length > 0 && self.selves().contains(content.tokens()[0]);
        if (selfAssertionVerbs.contains(form) && aboutSelf) {
            return Optional.empty();
        }
        return Optional.of(governing.get().stance().type());
    }

    /**
     * "The ministry confirmed it had supplied the rifles" after denying it, or confirmed its own wrongdoing: the
     * speaker is the subject of what it confirms, and that goes against it.
     */
    private boolean confirmsAgainstSelf(Words content, SelfPatterns self, Input input) {
        String[] tokens = content.tokens();
        if (tokens.length == 0 || !self.selves().contains(tokens[0]) || !speakerSubject(tokens, 0)) {
            return false;
        }
        Words before = Words.of(StanceText.normalize(precedingContext(input)));
        return self.fault().foundIn(content) || wrongdoing.foundIn(tokens) || denialWords.foundIn(before.tokens());
    }

    /** Whether the sentence negates the cue just before it ("Smith did not deny that ..."), when the cue alone does not show it. */
    private static boolean cueNegatedInSentence(Input input) {
        String sentence = input.sentence();
        String cue = input.cue();
        if (sentence == null || cue == null || cue.isBlank() || input.content() == null) {
            return false;
        }
        int claimAt = sentence.indexOf(input.content());
        int cueAt = claimAt < 0 ? sentence.indexOf(cue) : nearestOccurrence(sentence, cue, claimAt, claimAt + input.content().length());
        if (cueAt < 0) {
            return false;
        }
        String[] before = StanceText.normalize(sentence.substring(0, cueAt)).split(" ");
        return negated(before, before.length);
    }

    /** The occurrence of {@code cue} that ends nearest before {@code claimStart} or starts nearest after {@code claimEnd}. */
    private static int nearestOccurrence(String sentence, String cue, int claimStart, int claimEnd) {
        int before = sentence.lastIndexOf(cue, claimStart - cue.length());
        int after = sentence.indexOf(cue, claimEnd);
        if (before < 0) {
            return after;
        }
        if (after < 0) {
            return before;
        }
        return claimStart - (before + cue.length()) <= after - claimEnd ? before : after;
    }

    /** The reporting word nearest before the claim, or the verb whose object that word is. */
    private Optional<Occurrence> governingOccurrence(String[] tokens) {
        List<Occurrence> occurrences = occurrences(tokens, cueWords, cueForms);
        if (occurrences.isEmpty()) {
            return Optional.empty();
        }
        int index = occurrences.size() - 1;
        while (index > 0 && nounForms.contains(occurrences.get(index).form())
                && !nounForms.contains(occurrences.get(index - 1).form())
                && occurrences.get(index).firstToken() - occurrences.get(index - 1).lastToken() <= OBJECT_DISTANCE) {
            index--;
        }
        return Optional.of(occurrences.get(index));
    }

    /** The first reporting verb of the claim itself, when the claim span includes its own verb. */
    private Optional<ClaimType> stanceVerbInClaim(Words content, SelfPatterns self) {
        String[] tokens = content.tokens();
        for (Occurrence occurrence : occurrences(tokens, stanceWords, stanceForms)) {
            String previous = wordBefore(tokens, occurrence.firstToken());
            boolean afterSelf = self.selves().contains(wordBefore(tokens, occurrence.firstToken(), PERFECT_AUXILIARIES));
            // Nouns ("claims"), bare verbs not after a subject ("contest") and participles after the start
            // ("a decision dismissing ...") are not the claim's own reporting verb.
            boolean participle = occurrence.firstToken() > 0 && occurrence.form().split(" ")[0].endsWith("ing");
            boolean ambiguous = nounForms.contains(occurrence.form()) || participle
                    || verbLemmas.contains(occurrence.form()) && !PRONOUNS.contains(previous);
            if (ambiguous && !afterSelf || !afterSelf && !openingVerb(tokens, occurrence.firstToken())) {
                continue;
            }
            if (occurrence.stance().neutral() || negated(tokens, occurrence.firstToken())) {
                return Optional.empty();
            }
            return Optional.of(occurrence.stance().type());
        }
        return Optional.empty();
    }

    /**
     * Whether a stance verb not said after the speaker's own pronoun still belongs to the speaker: only when the claim
     * opens with a short subject and this verb ("both countries rejected claims"). Deeper in a claim the verb is
     * another party's ("for too long the political class has denied Americans a voice", "a candidate who promised
     * deportation", "758 pledged delegates").
     */
    private static boolean openingVerb(String[] tokens, int index) {
        if (index > OPENING_SUBJECT_LENGTH) {
            return false;
        }
        for (int i = 0; i < index; i++) {
            if (CLAUSE_OPENERS.contains(tokens[i]) || CLAUSE_BOUNDARIES.contains(tokens[i]) || Character.isDigit(tokens[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The word before {@code index}, skipping adverbs ("we categorically deny" → "we"). */
    private static String wordBefore(String[] tokens, int index) {
        return wordBefore(tokens, index, Set.of());
    }

    /** The word before {@code index}, skipping adverbs and the given auxiliaries ("we do not think" → "we"). */
    private static String wordBefore(String[] tokens, int index, Set<String> skipped) {
        int i = index - 1;
        while (i >= 0 && (tokens[i].endsWith("ly") && tokens[i].length() > 3 || skipped.contains(tokens[i]))) {
            i--;
        }
        return i >= 0 ? tokens[i] : "";
    }

    /**
     * Reporting words in order, leaving out verbs used as nouns ("a dispute") and passives ("had been denied"),
     * whose agent is someone else.
     */
    private List<Occurrence> occurrences(String[] tokens, PhraseIndex words, Map<String, Stance> forms) {
        List<Occurrence> found = new ArrayList<>();
        for (PhraseIndex.Hit hit : words.findAll(tokens)) {
            String previous = hit.first() > 0 ? tokens[hit.first() - 1] : "";
            boolean verbAsNoun = DETERMINERS.contains(previous) && !nounForms.contains(hit.phrase());
            if (!verbAsNoun && !PASSIVE_AUXILIARIES.contains(previous) && !participle(tokens, hit)) {
                found.add(new Occurrence(hit.phrase(), forms.get(hit.phrase()), hit.first(), hit.last()));
            }
        }
        return found;
    }

    /**
     * A participle that modifies a noun rather than reports a speaker: "securities guaranteed by its parent",
     * "the refugees admitted are women".
     */
    private static boolean participle(String[] tokens, PhraseIndex.Hit hit) {
        String next = hit.last() + 1 < tokens.length ? tokens[hit.last() + 1] : "";
        String verb = tokens[hit.first()];
        boolean pastParticiple = verb.endsWith("ed") || verb.endsWith("en") || verb.endsWith("wn");
        return next.equals("by") || pastParticiple && FINITE_AUXILIARIES.contains(next);
    }

    /**
     * A predicate such as "is completely wrong", not negated (also from earlier in its clause: "I don't think that
     * was the case"), not said of the speaker's own side, not under "if".
     */
    private boolean findPredicate(GuardedPattern predicate, Words content, SelfPatterns self) {
        Matcher matcher = predicate.matcher(content);
        String[] tokens = content.tokens();
        while (matcher.find()) {
            int at = tokenIndex(content.text(), matcher.start());
            boolean negated = matcher.group(1) != null || at > 0 && NEGATORS.contains(tokens[at - 1])
                    || negatedBelief(tokens, at, self);
            boolean idiom = idiom(content, matcher);
            boolean saidOfSelf = at > 0 && self.selves().contains(tokens[at - 1]);
            if (!negated && !idiom && !saidOfSelf && !conditional(tokens, at)) {
                return true;
            }
        }
        return false;
    }

    /** "politically correct" is an idiom, not a verdict on a claim. */
    private static boolean idiom(Words content, Matcher verdict) {
        return IDIOMATIC_MODIFIERS.contains(content.tokens()[tokenIndex(content.text(), verdict.end()) - 1]);
    }

    /** "I don't think that's the case", "we do not believe this is true": the speaker rejects a claim's truth. */
    private boolean disbelieves(GuardedPattern predicate, Words content, SelfPatterns self) {
        Matcher matcher = predicate.matcher(content);
        String[] tokens = content.tokens();
        while (matcher.find()) {
            int at = tokenIndex(content.text(), matcher.start());
            if (matcher.group(1) == null && !idiom(content, matcher) && negatedBelief(tokens, at, self)
                    && !conditional(tokens, at)) {
                return true;
            }
        }
        return false;
    }

    /** A first-person promise, not one asked about ("what he would support"). */
    private static boolean promises(Words content, SelfPatterns self) {
        String[] tokens = content.tokens();
        for (GuardedPattern commitment : self.commitments()) {
            Matcher matcher = commitment.matcher(content);
            while (matcher.find()) {
                int at = tokenIndex(content.text(), matcher.start());
                if (!speakerSubject(tokens, at) || reportedOfAnother(tokens, at) || subordinateThirdPerson(tokens, at)) {
                    continue;
                }
                boolean asked = asked(tokens, at);
                // "It looks like we're not going to get along", "he would probably campaign": a forecast, not a promise.
                boolean hedged = false;
                int afterMatch = at + matcher.group().split(" ").length + 1;
                for (int i = Math.max(0, at - HEDGE_WINDOW); i <= afterMatch && i < tokens.length; i++) {
                    hedged |= HEDGES.contains(tokens[i]) || i > at && DIFFICULTIES.contains(tokens[i]);
                }
                if (!asked && !hedged) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Tehran is ready to talk"; in the past tense only as reported speech's shift of the speaker's own present ("he
     * said he was willing to"): "China was prepared to go further" explains the past and offers nothing.
     */
    private boolean offersReadiness(Words content, SelfPatterns self) {
        Matcher matcher = readiness.matcher(content);
        String[] tokens = content.tokens();
        while (matcher.find()) {
            int at = tokenIndex(content.text(), matcher.start());
            if (asked(tokens, at)) {
                continue;
            }
            // In a quote "she's willing to" is someone else's readiness: the speaker says "I" or "we".
            boolean quotedThirdPerson = self == direct && at > 0 && THIRD_PERSONS.contains(tokens[at - 1]);
            if (matcher.group(1) == null && !quotedThirdPerson) {
                return true;
            }
            if (self != direct && at > 0 && self.selves().contains(tokens[at - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "it would seal the deal because she would expand her lead": in a clause that explains or qualifies, "he" or "she"
     * is as likely someone else, and the clause foretells rather than promises; a promise opens its clause ("said she
     * would", "..., he will").
     */
    private static boolean subordinateThirdPerson(String[] tokens, int at) {
        return at > 0 && THIRD_PERSONS.contains(tokens[at]) && SUBORDINATORS.contains(tokens[at - 1]);
    }

    /** Whether a question word just before {@code at} makes it a question ("how far he is willing to go"). */
    private static boolean asked(String[] tokens, int at) {
        // A comma closes the clause: "if elected, she would ask" is a conditional promise, not a question.
        for (int i = at - 1; i >= Math.max(0, at - QUESTION_WINDOW) && !tokens[i].equals(","); i--) {
            if (QUESTION_WORDS.contains(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "his proclamation that he would not run", "the promise that she will": a promise the claim reports as someone's
     * statement, so the pronoun is that someone, not the speaker.
     */
    private static boolean reportedOfAnother(String[] tokens, int at) {
        return at >= 2 && tokens[at - 1].equals("that") && REPORTING_NOUNS.contains(tokens[at - 2]);
    }

    private boolean negatesOwnAction(Words content, SelfPatterns self) {
        Matcher matcher = self.negation().matcher(content);
        while (matcher.find()) {
            int at = tokenIndex(content.text(), matcher.start());
            // "had it not been for ..." is a condition, not a denial.
            boolean inverted = at > 0 && INVERTING_AUXILIARIES.contains(content.tokens()[at - 1]);
            // "I would regret it if I didn't" supposes; it does not deny.
            if (!inverted && !conditional(content.tokens(), at) && speakerSubject(content.tokens(), at)
                    && !nonDenialVerbs.contains(matcher.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first-person word at {@code at} can be the speaker: "it" and "they" only open the reported
     * clause ("said it will"); later in the clause they are as likely someone else ("if China wants it, it will").
     */
    private static boolean speakerSubject(String[] tokens, int at) {
        return !CLAUSE_INITIAL_SELVES.contains(tokens[at]) || at == 0 || tokens[at - 1].equals("that");
    }

    /**
     * A wrongdoing charged to someone other than the speaker. In a claim where the speaker also speaks of itself, only a
     * deed told in the past ("We know that Russian services hacked the DNC", "the election was rigged") in a clause that
     * does not open with the speaker ("we hacked", reported "he lied" may be its own): a bare noun there ("in the face
     * of bigotry", "we oppose hacking") names a wrong without charging anyone.
     */
    private boolean accusesAnotherParty(String[] tokens, SelfPatterns self) {
        boolean speaksOfItself = false;
        for (String token : tokens) {
            speaksOfItself |= self.selves().contains(token);
        }
        for (PhraseIndex.Hit hit : wrongdoing.findAll(tokens)) {
            boolean charged = !speaksOfItself
                    || tokens[hit.first()].endsWith("ed") && !speakerInClause(tokens, hit.first(), self);
            if (charged && !negated(tokens, hit.first())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speaker is named in the clause before {@code at}, back to a clause boundary or "that". */
    private static boolean speakerInClause(String[] tokens, int at, SelfPatterns self) {
        for (int i = at - 1; i >= 0 && !CLAUSE_BOUNDARIES.contains(tokens[i]) && !CLAUSE_LINKS.contains(tokens[i]); i--) {
            if (self.selves().contains(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /** A first-person past action told right after the speaker conceded something ("... is correct. We sent ..."). */
    private boolean carriesAdmission(Words content, SelfPatterns self, Input input) {
        if (!self.pastAction().foundIn(content) || negatesOwnAction(content, self)) {
            return false;
        }
        Words before = Words.of(StanceText.normalize(precedingContext(input)));
        return admissionVerbs.foundIn(before.tokens()) || self.fault().foundIn(before)
                || direct.fault().foundIn(before) || findPredicate(truthPredicate, before, self);
    }

    /** The context up to the end of the claim's sentence: an admission only carries forward. */
    private static String precedingContext(Input input) {
        String context = input.context() == null ? "" : input.context();
        String sentence = input.sentence() == null ? "" : input.sentence();
        int at = sentence.isEmpty() ? -1 : context.indexOf(sentence);
        if (at >= 0) {
            return context.substring(0, at + sentence.length());
        }
        return context.isEmpty() ? sentence : context;
    }

    private static boolean negated(String[] tokens, int tokenIndex) {
        for (int i = Math.max(0, tokenIndex - NEGATION_WINDOW); i < tokenIndex && i < tokens.length; i++) {
            if (NEGATORS.contains(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the speaker, earlier in the clause, negates its belief in what follows ("I do not believe this is
     * true", "I'm not sure that was the case"); someone else's negation inside the subject ("the notion that the
     * president doesn't know ...") does not count.
     */
    private boolean negatedBelief(String[] tokens, int tokenIndex, SelfPatterns self) {
        for (int i = tokenIndex - 2; i >= Math.max(0, tokenIndex - CLAUSE_WINDOW); i--) {
            if (CLAUSE_BOUNDARIES.contains(tokens[i])) {
                return false;
            }
            if (NEGATORS.contains(tokens[i]) && nonDenialVerbs.contains(tokens[i + 1])
                    && self.selves().contains(wordBefore(tokens, i, BELIEF_AUXILIARIES))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause before {@code tokenIndex} opens with "if", "whether" or "unless". */
    private static boolean conditional(String[] tokens, int tokenIndex) {
        for (int i = tokenIndex - 1; i >= Math.max(0, tokenIndex - CLAUSE_WINDOW); i--) {
            if (CLAUSE_BOUNDARIES.contains(tokens[i])) {
                return false;
            }
            if (CONDITIONALS.contains(tokens[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the speaker's name in the claim by a first-person marker, so "Iran will ..." said by Iran is a promise;
     * a representative speaks for the body named before its role ("a Texaco spokesman said Texaco will ...").
     */
    private static String withSpeakerMarked(String content, String speakerName) {
        if (speakerName == null || speakerName.isBlank() || content.isEmpty()) {
            return content;
        }
        String name = StanceText.normalize(speakerName);
        String marked = replaceTokens(content, name);
        String body = representedBody(name);
        if (!body.isEmpty()) {
            marked = replaceTokens(marked, body);
        }
        String[] parts = name.split(" ");
        String surname = parts[parts.length - 1];
        if (parts.length > 1 && surname.length() > 2 && !NAME_STOPWORDS.contains(surname)) {
            marked = replaceTokens(marked, surname);
        }
        return marked;
    }

    /** "company spokesman" → "company", "pentagon officials" → "pentagon"; empty unless the name ends in such a role. */
    private static String representedBody(String name) {
        String[] tokens = name.split(" ");
        int last = tokens.length - 1;
        if (last < 1 || !REPRESENTATIVE_ROLES.contains(tokens[last])) {
            return "";
        }
        int first = DETERMINERS.contains(tokens[0]) ? 1 : 0;
        return first >= last ? "" : String.join(" ", Arrays.copyOfRange(tokens, first, last));
    }

    private static String replaceTokens(String text, String phrase) {
        if (phrase.isEmpty()) {
            return text;
        }
        return (" " + text + " ").replace(" " + phrase + " ", " " + SELF_TOKEN + " ").strip();
    }

    private static Decision decide(Map<ClaimType, Double> votes) {
        double total = 0;
        ClaimType best = ClaimType.ASSERTION;
        for (Map.Entry<ClaimType, Double> entry : votes.entrySet()) {
            total += entry.getValue();
            if (entry.getValue() > votes.get(best)) {
                best = entry.getKey();
            }
        }
        double confidence = votes.get(best) / (total + CONFIDENCE_SMOOTHING);
        return new Decision(best, Math.round(confidence * 1000) / 1000.0);
    }

    private static void vote(Map<ClaimType, Double> votes, ClaimType type, double weight) {
        votes.merge(type, weight, Double::sum);
    }

    private static void putAll(Map<String, Stance> forms, Collection<String> words, ClaimType type) {
        words.forEach(word -> forms.put(word, new Stance(type)));
    }

    private static String plural(String noun) {
        return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }

    private static int tokenIndex(String text, int charOffset) {
        int count = 0;
        for (int i = 0; i < charOffset; i++) {
            if (text.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** Longest alternatives first, so "claimed responsibility" wins over "claimed". */
    private static String alternation(Collection<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** A pattern that matches whole tokens of normalized text, tried only when one of its trigger words occurs. */
    private static GuardedPattern guarded(String regex, Set<String> triggers) {
        return new GuardedPattern(Pattern.compile("(?<!\\S)" + regex + "(?!\\S)"), Set.copyOf(triggers));
    }

    private static Set<String> firstWords(List<String> phrases) {
        return phrases.stream().map(phrase -> phrase.split(" ")[0]).collect(Collectors.toSet());
    }

    private static Set<String> lastWords(List<String> phrases) {
        return phrases.stream().map(phrase -> phrase.substring(phrase.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
    }
}
