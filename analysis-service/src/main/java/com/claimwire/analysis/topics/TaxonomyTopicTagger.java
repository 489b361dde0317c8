package com.claimwire.analysis.topics;

import com.claimwire.analysis.entities.SectionedResource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tags text with topics of a small documented taxonomy ({@code topics/taxonomy.txt}) by weighted phrase
 * matching: words are lower-cased and lightly stemmed, the longest taxonomy phrase at each word adds its
 * weight to its topic (repetitions add half weight, up to four), and the topics scoring at least
 * {@value #MIN_SCORE} and at least {@value #RELATIVE_SCORE} of the best are returned, best first. Text that
 * matches no phrase strongly enough gets no topic. Immutable and thread-safe.
 */
public final class TaxonomyTopicTagger implements TopicTagger {

    static final String DEFAULT_TAXONOMY = "/topics/taxonomy.txt";
    static final double MIN_SCORE = 3.0;
    static final double RELATIVE_SCORE = 0.3;
    static final int MAX_TOPICS = 5;
    private static final double REPEAT_FACTOR = 0.5;
    private static final int MAX_REPEATS = 4;
    private static final String EXACT_MARK = "=";

    /** One topic of the taxonomy. */
    public record Topic(String code, String label, String description) {
    }

    private record Phrase(int topic, double weight, int id) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Phrase> phrases = new ArrayList<>(1);
    }

    private static final class Defaults {
        static final TaxonomyTopicTagger INSTANCE = new TaxonomyTopicTagger(SectionedResource.load(DEFAULT_TAXONOMY));
    }

    /** A tagger with the taxonomy that ships with Claimwire, loaded once. */
    public static TaxonomyTopicTagger withDefaults() {
        return Defaults.INSTANCE;
    }

    private final List<Topic> topics;
    private final Node root;
    private final int phraseCount;

    TaxonomyTopicTagger(Map<String, List<String>> sections) {
        Taxonomy taxonomy = new Taxonomy();
        sections.forEach(taxonomy::addTopic);
        this.topics = List.copyOf(taxonomy.topics);
        this.root = taxonomy.root;
        this.phraseCount = taxonomy.phraseCount;
    }

    /** The taxonomy, in the order of its definition. */
    public List<Topic> topics() {
        return topics;
    }

    /** Reads the taxonomy sections into topics and a phrase trie; used once, before the tagger is published. */
    private static final class Taxonomy {
        final List<Topic> topics = new ArrayList<>();
        final Node root = new Node();
        int phraseCount;

        void addTopic(String code, List<String> lines) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Double> weights = new LinkedHashMap<>();
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("taxonomy line of [" + code + "] has no 'key:': " + line);
                }
                String key = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (key.chars().allMatch(Character::isDigit)) {
                    double weight = Double.parseDouble(key);
                    Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                            .forEach(phrase -> weights.merge(phrase.toLowerCase(Locale.ROOT), weight, Math::max));
                } else {
                    fields.put(key, value);
                }
            }
            if (!fields.containsKey("label") || !fields.containsKey("description") || weights.isEmpty()) {
                throw new IllegalArgumentException("taxonomy topic [" + code + "] needs a label, a description and phrases");
            }
            int topic = topics.size();
            topics.add(new Topic(code, fields.get("label"), fields.get("description")));
            weights.forEach((phrase, weight) -> addPhrase(topic, phrase, weight));
        }

        private void addPhrase(int topic, String phrase, double weight) {
            boolean exact = phrase.length() > 2 && phrase.startsWith("\"") && phrase.endsWith("\"");
            List<String> words = words(exact ? phrase.substring(1, phrase.length() - 1) : phrase);
            Node node = root;
            for (String word : words) {
                node = node.children.computeIfAbsent(exact ? EXACT_MARK + word : LightStemmer.stem(word), key -> new Node());
            }
            for (Phrase existing : node.phrases) {
                if (existing.topic() == topic) {
                    return;
                }
            }
            node.phrases.add(new Phrase(topic, weight, phraseCount++));
        }
    }

    @Override
    public List<String> tag(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = words(text);
        List<String> stems = words.stream().map(LightStemmer::stem).toList();
        int[] repeats = new int[phraseCount];
        double[] scores = new double[topics.size()];
        int i = 0;
        while (i < words.size()) {
            int matchedEnd = i;
            List<Phrase> matched = List.of();
            Node stemNode = root;
            Node exactNode = root;
            for (int j = i; j < words.size() && (stemNode != null || exactNode != null); j++) {
                stemNode = stemNode == null ? null : stemNode.children.get(stems.get(j));
                exactNode = exactNode == null ? null : exactNode.children.get(EXACT_MARK + words.get(j));
                Node longest = exactNode != null && !exactNode.phrases.isEmpty() ? exactNode : stemNode;
                if (longest != null && !longest.phrases.isEmpty()) {
                    matched = longest.phrases;
                    matchedEnd = j + 1;
                }
            }
            for (Phrase phrase : matched) {
                int seen = repeats[phrase.id()]++;
                if (seen <= MAX_REPEATS) {
                    scores[phrase.topic()] += seen == 0 ? phrase.weight() : phrase.weight() * REPEAT_FACTOR;
                }
            }
            i = matched.isEmpty() ? i + 1 : matchedEnd;
        }
        return ranked(scores);
    }

    private List<String> ranked(double[] scores) {
        double best = Arrays.stream(scores).max().orElse(0);
        List<Integer> chosen = new ArrayList<>();
        for (int t = 0; t < scores.length; t++) {
            if (scores[t] >= MIN_SCORE && scores[t] >= RELATIVE_SCORE * best) {
                chosen.add(t);
            }
        }
        chosen.sort((a, b) -> Double.compare(scores[b], scores[a]));
        return chosen.stream().limit(MAX_TOPICS).map(t -> topics.get(t).code()).toList();
    }

    /** Lower-case words of letters and digits; hyphens and apostrophes separate words. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }
}
