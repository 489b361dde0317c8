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

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "messrs");

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
        final int firstSeen;

        Person(String fullName, String surname, String role, ClaimsLexicon.Gender gender, int firstSeen) {
            this.fullName = fullName;
            this.surname = surname;
            this.role = role;
            this.gender = gender;
            this.firstSeen = firstSeen;
        }
    }

    private record Seen(Person person, int at) {
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

    /**
     * The speaker of each attribution, in the same order.
     *
     * @param entities the entity mentions of the whole body, to tell people from organisations and countries
     */
    public List<Speaker> resolve(TextDocument doc, List<Attribution> attributions, List<EntityMention> entities) {
        return new Run(doc, entities).resolve(attributions);
    }

    private final class Run {

        private final TextDocument doc;
        private final Tokens tokens;
        private final List<EntityMention> entities;
        private final Map<String, Person> bySurname = new HashMap<>();
        private final Map<String, Person> byNamePart = new HashMap<>();
        private final List<Seen> personMentions = new ArrayList<>();
        private final List<Speaker> previousSpeakers = new ArrayList<>();
        private final List<Person> previousPersonSpeakers = new ArrayList<>();
        private int entityCursor;

        Run(TextDocument doc, List<EntityMention> entities) {
            this.doc = doc;
            this.tokens = doc.tokens();
            this.entities = entities;
            collectPeople();
        }

        List<Speaker> resolve(List<Attribution> attributions) {
            List<Speaker> speakers = new ArrayList<>(attributions.size());
            for (Attribution a : attributions) {
                Speaker speaker = resolveOne(a);
                speakers.add(speaker);
            }
            return speakers;
        }

        private Speaker resolveOne(Attribution a) {
            if (!a.hasSpeakerMention()) {
                return previousSpeakers.isEmpty() ? new Speaker("unknown", SpeakerKind.UNNAMED, null, null)
                        : previousSpeakers.get(previousSpeakers.size() - 1);
            }
            TextSpan mention = TextSpan.of(doc.body(), a.speakerStart(), a.speakerEnd());
            int first = tokens.firstEndingAfter(a.speakerStart());
            int end = first;
            while (end < tokens.size() && tokens.start(end) < a.speakerEnd()) {
                end++;
            }
            Speaker speaker = classify(first, end, mention);
            previousSpeakers.add(speaker);
            return speaker;
        }

        private Speaker classify(int first, int end, TextSpan mention) {
            String head = tokens.lower(first);
            if (end - first == 1 && Phrases.isPronoun(head)) {
                return pronoun(head, mention);
            }
            boolean namedAfterDeterminer = (head.equals("the") || head.equals("both")) && end - first > 1
                    && tokens.isCapitalized(first + 1) && tokens.isCapitalized(end - 1);
            if (namedAfterDeterminer) {
                return named(first + 1, end, mention);
            }
            if (!tokens.isCapitalized(first) || Phrases.DETERMINERS.contains(head) || !tokens.isCapitalized(end - 1)
                    && !Phrases.isNameParticle(tokens.lower(end - 1))) {
                return description(first, end, mention);
            }
            return named(first, end, mention);
        }

        private Speaker pronoun(String pronoun, TextSpan mention) {
            switch (pronoun) {
                case "he", "she" -> {
                    ClaimsLexicon.Gender gender = pronoun.equals("he") ? ClaimsLexicon.Gender.MALE : ClaimsLexicon.Gender.FEMALE;
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
                default -> {
                    for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                        Speaker previous = previousSpeakers.get(k);
                        boolean collective = previous.kind() == SpeakerKind.ORGANIZATION || previous.kind() == SpeakerKind.GOVERNMENT
                                || previous.kind() == SpeakerKind.UNNAMED && previous.name().endsWith("s") && !pronoun.equals("i");
                        if (collective || pronoun.equals("i") && previous.kind() == SpeakerKind.PERSON) {
                            return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                        }
                    }
                    return new Speaker(pronoun, SpeakerKind.UNNAMED, null, mention);
                }
            }
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

        private Speaker personSpeaker(Person person, TextSpan mention) {
            previousPersonSpeakers.add(person);
            return new Speaker(person.fullName, SpeakerKind.PERSON, person.role, mention);
        }

        /** "the Iranian foreign minister", "his Ukrainian counterpart", "a US official", "the campaign". */
        private Speaker description(int first, int end, TextSpan mention) {
            int headEnd = end;
            for (int t = first + 1; t < end; t++) {
                if (tokens.isWord(t, "for") || tokens.isWord(t, "of") || tokens.isWord(t, "at") || tokens.isWord(t, "from")) {
                    headEnd = t;
                    break;
                }
            }
            String head = tokens.lower(headEnd - 1);
            String determiner = tokens.lower(first);
            boolean definite = determiner.equals("the") || determiner.equals("his") || determiner.equals("her")
                    || determiner.equals("their") || determiner.equals("its") || determiner.endsWith("'s");
            int descriptionStart = Phrases.DETERMINERS.contains(determiner) ? first + 1 : first;
            String description = descriptionStart < end ? text(descriptionStart, end) : mention.text();
            if (lexicon.isPersonRoleNoun(head) || lexicon.isSourceNoun(head) && definite && !head.endsWith("s")) {
                Person person = definite ? byRole(first, headEnd, mention.start()) : null;
                if (person != null) {
                    return personSpeaker(person, mention);
                }
                if (definite && lexicon.isPersonRoleNoun(head)) {
                    Person recent = recentSpeaker(null);
                    if (recent != null) {
                        return personSpeaker(recent, mention);
                    }
                }
                if (definite) {
                    for (int k = previousSpeakers.size() - 1; k >= 0; k--) {
                        Speaker previous = previousSpeakers.get(k);
                        if (previous.kind() == SpeakerKind.UNNAMED && previous.name().toLowerCase(Locale.ROOT).endsWith(head)) {
                            return new Speaker(previous.name(), previous.kind(), previous.role(), mention);
                        }
                    }
                }
            }
            if (lexicon.isOrganisationRoleNoun(head)) {
                Optional<EntityMention> entity = canonical(description);
                if (entity.isPresent()) {
                    return new Speaker(entity.get().canonicalName(), kindOf(entity.get().kind()), null, mention);
                }
                return new Speaker(description, SpeakerKind.ORGANIZATION, null, mention);
            }
            return new Speaker(description, SpeakerKind.UNNAMED, description, mention);
        }

        /** The person whose role best matches a description ("the Iranian foreign minister"). */
        private Person byRole(int first, int end, int at) {
            String head = tokens.lower(end - 1);
            Person best = null;
            int bestScore = 0;
            for (Person person : bySurname.values()) {
                if (person.role == null) {
                    continue;
                }
                String role = " " + person.role.toLowerCase(Locale.ROOT) + " ";
                if (!role.contains(" " + head + " ")) {
                    continue;
                }
                int score = 2;
                for (int t = first; t < end - 1; t++) {
                    if (tokens.isWord(t) && !Phrases.DETERMINERS.contains(tokens.lower(t)) && role.contains(" " + tokens.lower(t) + " ")) {
                        score += 2;
                    }
                }
                if (person.firstSeen < at) {
                    score += 1;
                }
                if (score > bestScore || score == bestScore && best != null && person.firstSeen < at && person.firstSeen > best.firstSeen) {
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
                if (tokens.isWord(t) && (tokens.lower(t).endsWith("'s") || tokens.lower(t).endsWith("s'"))) {
                    first = t + 1;
                }
            }
            for (int t = first + 1; t < end - 1; t++) {
                if (tokens.isWord(t, "of") && looksLikePersonName(first, t)) {
                    Speaker person = named(first, t, mention);
                    String affiliation = text(t + 1, end);
                    return new Speaker(person.name(), person.kind(), person.role() == null ? affiliation
                            : person.role() + ", " + affiliation, mention);
                }
            }
            String text = text(first, end);
            List<int[]> conjuncts = splitConjuncts(first, end);
            if (conjuncts.size() > 1) {
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
            if (entity.isPresent() && entity.get().kind() != EntityKind.PERSON) {
                return new Speaker(entity.get().canonicalName(), kindOf(entity.get().kind()), null, mention);
            }
            int nameStart = first;
            for (int t = first; t < end; t++) {
                if (tokens.isWord(t) && lexicon.isTitle(tokens.lower(t)) || tokens.is(t, '.')) {
                    nameStart = t + 1;
                }
            }
            if (nameStart >= end) {
                return new Speaker(text, SpeakerKind.ORGANIZATION, null, mention);
            }
            for (int t = nameStart; t < end; t++) {
                if (tokens.isWord(t) && lexicon.isOrganisationWord(tokens.lower(t))) {
                    return new Speaker(text, SpeakerKind.ORGANIZATION, null, mention);
                }
            }
            String role = roleOf(first, nameStart);
            String surname = tokens.lower(end - 1);
            Person person = bySurname.get(surname);
            if (person == null) {
                person = containing(text(nameStart, end));
            }
            if (person == null) {
                person = new Person(text(nameStart, end), surname, role, genderOf(first, nameStart, end), mention.start());
                bySurname.put(surname, person);
            }
            if (role != null && person.role == null) {
                person.role = role;
            }
            return personSpeaker(person, mention);
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
                    if (!(tokens.is(t, '.') || tokens.isWord(t) && lexicon.isTitle(tokens.lower(t)))) {
                        return false;
                    }
                } else if (!lexicon.isTitle(tokens.lower(t))) {
                    words++;
                }
            }
            return words >= 2 && bySurname.containsKey(tokens.lower(end - 1)) || words >= 2 && canonical(text(first, end)).isEmpty();
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
                        || end > first && tokens.lower(end).startsWith("al-"))
                        || tokens.is(end, '.') && end > first && tokens.isCapitalized(end - 1)
                        && (tokens.end(end - 1) - tokens.start(end - 1) == 1 || lexicon.isTitle(tokens.lower(end - 1))))) {
                    end++;
                }
                t = end;
                registerRun(first, end);
            }
        }

        private void registerRun(int first, int end) {
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
            for (int k = first; k < end; k++) {
                if (tokens.isWord(k) && lexicon.isTitle(tokens.lower(k)) || tokens.is(k, '.')) {
                    nameStart = k + 1;
                }
            }
            int nameWords = 0;
            for (int k = nameStart; k < end; k++) {
                if (tokens.isWord(k)) {
                    if (lexicon.isOrganisationWord(tokens.lower(k))) {
                        return;
                    }
                    nameWords++;
                }
            }
            if (nameWords == 0 || isNonPerson(nameStart, end)) {
                return;
            }
            String surname = tokens.lower(end - 1);
            Person person = bySurname.get(surname);
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
            String name = text(nameStart, end);
            if (person == null) {
                if (nameWords < 2 && role == null) {
                    return;
                }
                person = new Person(name, surname, role, genderOf(first, nameStart, end), tokens.start(first));
                bySurname.put(surname, person);
            } else {
                if (nameWords >= 2 && name.length() > person.fullName.length()) {
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
            votePronoun(person, end);
            personMentions.add(new Seen(person, tokens.start(first)));
        }

        /** The first third-person pronoun after a name in its sentence usually refers to it: a vote for its gender. */
        private void votePronoun(Person person, int after) {
            int sentenceEnd = after < tokens.size() ? doc.sentences().get(doc.sentenceOf(after)).endToken() : after;
            for (int k = after; k < sentenceEnd && k < after + 25; k++) {
                if (!tokens.isWord(k)) {
                    continue;
                }
                if (tokens.isCapitalized(k) && k > after && tokens.isWord(k - 1) && tokens.isCapitalized(k - 1)) {
                    return;
                }
                switch (tokens.lower(k)) {
                    case "he", "his", "him", "himself" -> {
                        person.maleVotes++;
                        return;
                    }
                    case "she", "her", "hers", "herself" -> {
                        person.femaleVotes++;
                        return;
                    }
                    default -> {
                    }
                }
            }
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
                roleNoun |= lexicon.isPersonRoleNoun(w) || lexicon.isSourceNoun(w) || lexicon.isTitle(w);
            }
            return null;
        }

        /** "his Ukrainian counterpart Dmytro Kuleba": the lower-case role noun phrase right before a name. */
        private String roleBefore(int first) {
            int t = first - 1;
            if (t < 0 || !tokens.isWord(t) || !lexicon.isPersonRoleNoun(tokens.lower(t))) {
                return null;
            }
            int start = t;
            while (start - 1 >= 0 && first - start < 5 && tokens.isWord(start - 1)
                    && !Phrases.DETERMINERS.contains(tokens.lower(start - 1)) && !Phrases.PREPOSITIONS.contains(tokens.lower(start - 1))) {
                start--;
            }
            return text(start, first);
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
