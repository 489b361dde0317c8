package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.AlertConditions;
import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching throughput with 10,000 alert rules, claims streamed through the Lucene Monitor one at a time and in
 * batches. Two cases are reported:
 * <ul>
 *   <li><b>newsroom</b>: rules like a newsroom writes them, each on a specific speaker, entity pair, topic and entity,
 *   or pair of terms, with a claim type or tracking status condition; names and terms are drawn from earlier Reuters
 *   claims and matched against later real Reuters claims (reported-speech sentences of the shared Reuters-21578
 *   stories);</li>
 *   <li><b>broad</b>: the earlier synthetic mix of single common words, single conditions and whole word lists over
 *   generated claims, where each claim matches a few percent of all rules: a worst case, kept for comparison.</li>
 * </ul>
 * Not part of {@code mvn verify}: run with {@code mvn -pl search-service test -Dtest=AlertMatchingBenchmark}. Prints
 * a report; the target is at least 1,000 claims/s. The newsroom case skips when the shared data is absent.
 */
class AlertMatchingBenchmark {

    private static final int RULES = Integer.getInteger("bench.rules", 10_000);
    private static final int WARM_UP_CLAIMS = Integer.getInteger("bench.warmUpClaims", 2_000);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 10_000);
    private static final int HISTORY_CLAIMS = Integer.getInteger("bench.historyClaims", 5_000);
    private static final int BATCH = 100;
    private static final double TARGET_CLAIMS_PER_SECOND = 1_000;

    private static final String[] WORDS = ("drones missiles sanctions embargo oil gas pipeline election ballot vote "
            + "ceasefire troops border refugees migrants inflation interest rates tariffs exports imports wheat grain "
            + "nuclear enrichment uranium inspectors treaty summit talks negotiations hostages prisoners exchange aid "
            + "vaccine pandemic hospital strike union wages pension budget deficit debt bonds bank currency fraud "
            + "corruption bribery court ruling appeal verdict protest police arrests censorship journalists satellite "
            + "cyberattack hackers espionage spy embassy ambassador visa airline airport flights shipping port canal "
            + "drought flood wildfire earthquake emissions climate coal solar wind subsidies factory jobs unemployment "
            + "housing rent mortgage taxes reform constitution parliament coalition minister resignation scandal "
            + "investigation leak documents weapons ammunition artillery tanks jets navy army general militia rebels "
            + "attack bombing casualties civilians evacuation hunger famine water electricity blackout fuel prices")
            .split(" ");
    private static final String[] ENTITIES = ("Iran Russia Ukraine China United States Israel Gaza Turkey Syria Iraq "
            + "Saudi Arabia Egypt India Pakistan Germany France United Kingdom European Union NATO United Nations "
            + "Japan South Korea North Korea Taiwan Brazil Mexico Canada Venezuela Nigeria Ethiopia Sudan Kenya "
            + "Poland Hungary Italy Spain Greece Qatar Lebanon Hezbollah Hamas IMF World Bank OPEC").split(" ");
    private static final String[] ROLES = {"Foreign Minister", "President", "Prime Minister", "Defence Minister",
        "spokesman", "Finance Minister", "central bank governor", "army chief", "senator", "opposition leader",
        "Interior Minister", "ambassador", "King", "Health Minister", "mayor", "official", "Secretary of State"};
    private static final String[] ROLE_CONDITIONS = {"foreign minister", "head of state", "head of government",
        "defence minister", "finance minister", "spokesman", "central bank governor", "ambassador", "interior minister"};
    private static final String[] TOPICS = {"politics", "conflict", "economy", "energy", "health", "climate",
        "crime", "diplomacy", "weapons", "trade", "technology", "migration"};
    private static final int SPEAKERS = 2_000;
    private static final int SOURCES = 200;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"])");
    private static final Pattern NAMED_SPEAKER =
            Pattern.compile("\\b([A-Z][a-z]+(?: [A-Z]\\.)?(?: [A-Z][a-z]+){0,2}) (?:said|told|added)\\b");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)*");
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");
    private static final Set<String> NOT_NAMES = Set.of("The", "It", "He", "She", "They", "We", "This", "That", "In",
            "But", "And", "A", "An", "On", "For", "At", "Its", "His", "Her", "If", "As", "Mr", "Reuters");
    private static final TrackingStatus[] STATUS_SHARES = {TrackingStatus.NEW, TrackingStatus.NEW,
        TrackingStatus.NEW, TrackingStatus.NEW, TrackingStatus.NEW, TrackingStatus.REPEATED, TrackingStatus.REPEATED,
        TrackingStatus.REPEATED, TrackingStatus.DISPUTED, TrackingStatus.REVERSAL};

    private final Random random = new Random(42);

    /** What a case measured. */
    private record Figures(double claimsPerSecond, double batchedClaimsPerSecond, long matches) {
    }

    /** Runs the benchmark outside Maven: {@code java -cp <test classpath> ...AlertMatchingBenchmark}. */
    public static void main(String[] args) throws Exception {
        new AlertMatchingBenchmark().matchesTenThousandRulesAtOverAThousandClaimsPerSecond();
    }

    @Test
    void matchesTenThousandRulesAtOverAThousandClaimsPerSecond() throws Exception {
        System.out.printf(Locale.ROOT, "=== Alert matching benchmark (Lucene Monitor, %d rules, %d cores, load %.1f) ===%n",
                RULES, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<ClaimTracked> broadClaims = IntStream.range(0, WARM_UP_CLAIMS + CLAIMS).mapToObj(this::claim).toList();
        Figures broad = measure("broad mix, generated claims", IntStream.range(0, RULES).mapToObj(this::rule).toList(),
                broadClaims.subList(0, WARM_UP_CLAIMS), broadClaims.subList(WARM_UP_CLAIMS, broadClaims.size()));

        List<ClaimTracked> reuters = reutersClaims(HISTORY_CLAIMS + WARM_UP_CLAIMS + CLAIMS);
        Assumptions.assumeTrue(reuters.size() > HISTORY_CLAIMS + WARM_UP_CLAIMS,
                "too few Reuters claims in the shared data: " + reuters.size());
        Vocabulary vocabulary = new Vocabulary(reuters.subList(0, HISTORY_CLAIMS));
        List<AlertRule> newsroomRules = IntStream.range(0, RULES).mapToObj(i -> newsroomRule(i, vocabulary)).toList();
        Figures newsroom = measure("newsroom mix, real Reuters claims", newsroomRules,
                reuters.subList(HISTORY_CLAIMS, HISTORY_CLAIMS + WARM_UP_CLAIMS),
                reuters.subList(HISTORY_CLAIMS + WARM_UP_CLAIMS, reuters.size()));

        System.out.printf(Locale.ROOT, "target >= %,.0f claims/s: newsroom %s, broad %s%n", TARGET_CLAIMS_PER_SECOND,
                verdict(newsroom), verdict(broad));
    }

    private static String verdict(Figures figures) {
        return Math.max(figures.claimsPerSecond(), figures.batchedClaimsPerSecond()) >= TARGET_CLAIMS_PER_SECOND
                ? "MET" : "MISSED";
    }

    private Figures measure(String label, List<AlertRule> rules, List<ClaimTracked> warmUp, List<ClaimTracked> claims)
            throws IOException {
        try (RuleMatcher matcher = new RuleMatcher()) {
            long registerStart = System.nanoTime();
            matcher.putAll(rules);
            double registerSeconds = seconds(System.nanoTime() - registerStart);

            warmUp.forEach(matcher::match);

            long[] latencies = new long[claims.size()];
            long matches = 0;
            int claimsMatched = 0;
            long start = System.nanoTime();
            for (int i = 0; i < claims.size(); i++) {
                long before = System.nanoTime();
                int matched = matcher.match(claims.get(i)).rules().size();
                latencies[i] = System.nanoTime() - before;
                matches += matched;
                claimsMatched += matched > 0 ? 1 : 0;
            }
            double oneByOneSeconds = seconds(System.nanoTime() - start);

            long batchMatches = 0;
            start = System.nanoTime();
            for (int from = 0; from < claims.size(); from += BATCH) {
                for (var outcome : matcher.matchAll(claims.subList(from, Math.min(claims.size(), from + BATCH)))) {
                    batchMatches += outcome.rules().size();
                }
            }
            double batchSeconds = seconds(System.nanoTime() - start);

            Arrays.sort(latencies);
            double oneByOne = claims.size() / oneByOneSeconds;
            double batched = claims.size() / batchSeconds;
            double perClaim = (double) matches / claims.size();
            System.out.printf(Locale.ROOT, """
                    --- %s: %d rules, %d claims ---
                    rules registered in          %.2f s
                    one claim at a time          %,.0f claims/s  (p50 %.2f ms, p95 %.2f ms, p99 %.2f ms per claim)
                    batches of %d               %,.0f claims/s
                    matches                      %,d (%.2f rules per claim, %.4f%% of rules; %.1f%% of claims match any)
                    """, label, rules.size(), claims.size(), registerSeconds, oneByOne, millis(latencies, 0.50),
                    millis(latencies, 0.95), millis(latencies, 0.99), BATCH, batched, matches, perClaim,
                    100 * perClaim / rules.size(), 100.0 * claimsMatched / claims.size());

            assertThat(matches).as("the rules match some claims").isPositive();
            assertThat(batchMatches).as("batches match what single claims match").isEqualTo(matches);
            return new Figures(oneByOne, batched, matches);
        }
    }

    /** Names, topics and terms of earlier coverage, which newsroom rules are written about. */
    private static final class Vocabulary {
        final List<String> speakers;
        final List<String> entities;
        final List<String> topics;
        final List<String> terms;

        Vocabulary(List<ClaimTracked> history) {
            Set<String> named = new LinkedHashSet<>();
            Map<String, Integer> entityCounts = new HashMap<>();
            Set<String> topicSet = new LinkedHashSet<>();
            Map<String, Integer> documentFrequency = new HashMap<>();
            for (ClaimTracked tracked : history) {
                var claim = tracked.extracted().claim();
                if (claim.speaker().kind() == SpeakerKind.PERSON) {
                    named.add(claim.speaker().name());
                }
                claim.entities().forEach(entity -> entityCounts.merge(entity, 1, Integer::sum));
                topicSet.addAll(claim.topics());
                Set<String> words = new HashSet<>();
                Matcher word = WORD.matcher(claim.text().toLowerCase(Locale.ROOT));
                while (word.find()) {
                    words.add(word.group());
                }
                words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
            }
            speakers = List.copyOf(named);
            // Entities seen more than once: names that recur in coverage, not one-off capitalised words.
            entities = entityCounts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                    .filter(Vocabulary::searchable).sorted().toList();
            topics = List.copyOf(topicSet);
            // Terms specific enough to watch: in at most 2% of claims, and seen at least three times.
            terms = documentFrequency.entrySet().stream()
                    .filter(e -> e.getValue() >= 3 && e.getValue() <= history.size() / 50).map(Map.Entry::getKey)
                    .filter(term -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(term))
                    .sorted().toList();
        }

        /** Whether a name survives the analyzer: not an acronym such as "AT" that reads as a stop word. */
        private static boolean searchable(String name) {
            return name.length() >= 3 && name.chars().anyMatch(Character::isLowerCase)
                    && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A rule about one named thing, narrowed by what kind of claim is wanted. */
    private AlertRule newsroomRule(int i, Vocabulary vocabulary) {
        String id = "rule-" + i;
        List<ClaimType> types = List.of(pick(ClaimType.values()), pick(ClaimType.values()));
        List<TrackingStatus> statuses = List.of(pick(TrackingStatus.values()));
        return switch (i % 5) {
            case 0 -> new AlertRule(id, 1, id, null, new AlertConditions(List.of(pick(vocabulary.speakers)), null,
                    null, types, null, null, null, null, null), null);
            case 1 -> new AlertRule(id, 1, id, "\"" + pick(vocabulary.entities) + "\"", new AlertConditions(null,
                    null, null, null, statuses, List.of(pick(vocabulary.entities)), null, null, null), null);
            case 2 -> new AlertRule(id, 1, id, null, new AlertConditions(null, null, null, types, null,
                    List.of(pick(vocabulary.entities)), List.of(pick(vocabulary.topics)), null, null), null);
            case 3 -> new AlertRule(id, 1, id, pick(vocabulary.terms) + " " + pick(vocabulary.terms),
                    new AlertConditions(null, null, null, null, statuses, null, null, null, null), null);
            default -> new AlertRule(id, 1, id, pick(vocabulary.terms), new AlertConditions(null, null, null,
                    types, null, null, List.of(pick(vocabulary.topics)), null, null), null);
        };
    }

    /**
     * Reported-speech sentences ("... said ...") of the Reuters stories as tracked claims: the name before "said" as
     * speaker (else an unnamed source), capitalised names as entities, the story's topics; type and status are drawn
     * at random, most claims being new.
     */
    private List<ClaimTracked> reutersClaims(int count) throws IOException {
        Path file = Path.of(System.getProperty("claimwire.shared.dir", "../../shared"), "data", "news",
                "reuters21578.jsonl");
        Assumptions.assumeTrue(Files.isReadable(file), "shared Reuters data not found at " + file);
        JsonMapper json = JsonMapper.builder().build();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE);
        List<ClaimTracked> claims = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while (claims.size() < count && (line = reader.readLine()) != null) {
                JsonNode story = json.readTree(line);
                if (story.path("body").isNull() || story.path("date").isNull() || story.path("body").isMissingNode()) {
                    continue;
                }
                String body = story.get("body").asString().replaceAll("\\s+", " ").trim();
                List<String> topics = story.path("topics").valueStream().map(JsonNode::asString).toList();
                Instant published = LocalDateTime.parse(story.get("date").asString()).toInstant(ZoneOffset.UTC);
                for (String sentence : SENTENCE_END.split(body)) {
                    if (claims.size() < count && sentence.contains(" said") && sentence.length() >= 60
                            && sentence.length() <= 300) {
                        claims.add(reutersClaim(claims.size(), story, sentence, topics, published));
                    }
                }
            }
        }
        return claims;
    }

    private ClaimTracked reutersClaim(int n, JsonNode story, String sentence, List<String> topics, Instant published) {
        Matcher speakerMatch = NAMED_SPEAKER.matcher(sentence);
        boolean named = speakerMatch.find() && !NOT_NAMES.contains(speakerMatch.group(1));
        String speaker = named ? speakerMatch.group(1) : "unnamed source";
        Set<String> entities = new LinkedHashSet<>();
        Matcher name = NAME.matcher(sentence);
        while (name.find() && entities.size() < 5) {
            if (name.start() > 0 && !NOT_NAMES.contains(name.group()) && !name.group().equals(speaker)) {
                entities.add(name.group());
            }
        }
        return TrackedClaims.claim().id("reuters-claim-" + n).article("reuters-" + story.get("newid").asInt())
                .text(sentence).title(story.path("title").asString(""))
                .type(pick(ClaimType.values()))
                .speaker(speaker, named ? SpeakerKind.PERSON : SpeakerKind.UNNAMED, null)
                .entities(entities.toArray(String[]::new)).topics(topics.toArray(String[]::new))
                .source("reuters").status(pick(STATUS_SHARES)).cluster("reuters-cluster-" + n)
                .publishedAt(published).build();
    }

    private AlertRule rule(int i) {
        String id = "rule-" + i;
        AlertConditions none = AlertConditions.NONE;
        return switch (i % 6) {
            case 0 -> new AlertRule(id, 1, id, query(), none, null);
            case 1 -> new AlertRule(id, 1, id, null, new AlertConditions(List.of(speaker(random.nextInt(SPEAKERS))),
                    null, null, List.of(pick(ClaimType.values()), pick(ClaimType.values())), null, null, null, null,
                    null), null);
            case 2 -> new AlertRule(id, 1, id, null, new AlertConditions(null, null, null, null,
                    List.of(pick(TrackingStatus.values())), List.of(pick(ENTITIES), pick(ENTITIES)), null, null, null),
                    null);
            case 3 -> new AlertRule(id, 1, id, null, new AlertConditions(null, null,
                    List.of(pick(ROLE_CONDITIONS)), null, List.of(pick(TrackingStatus.values())), null, null, null,
                    null), null);
            case 4 -> new AlertRule(id, 1, id, null, new AlertConditions(null, null, null, null, null, null,
                    List.of(pick(TOPICS)), List.of(source(random.nextInt(SOURCES))), null), null);
            default -> new AlertRule(id, 1, id, pick(WORDS), new AlertConditions(null,
                    List.of(pick(SpeakerKind.values())), null, List.of(pick(ClaimType.values())), null,
                    List.of(pick(ENTITIES)), null, null, null), null);
        };
    }

    private String query() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(WORDS);
            case 1 -> pick(WORDS) + " " + pick(WORDS);
            case 2 -> pick(WORDS) + " | " + pick(WORDS);
            default -> "\"" + pick(WORDS) + " " + pick(WORDS) + "\"";
        };
    }

    private ClaimTracked claim(int i) {
        StringBuilder text = new StringBuilder();
        int length = 12 + random.nextInt(12);
        for (int w = 0; w < length; w++) {
            text.append(w == 0 ? "" : " ").append(zipf(WORDS));
        }
        String role = pick(ROLES);
        SpeakerKind kind = role.equals("official") ? SpeakerKind.UNNAMED : pick(SpeakerKind.values());
        return TrackedClaims.claim().id("claim-" + i).article("article-" + i / 5).text(text.toString())
                .title(zipf(WORDS) + " " + zipf(WORDS) + " " + zipf(WORDS))
                .type(pick(ClaimType.values()))
                .speaker(speaker(random.nextInt(SPEAKERS)), kind, pick(ENTITIES) + " " + role)
                .entities(zipf(ENTITIES), zipf(ENTITIES)).topics(pick(TOPICS))
                .source(source(random.nextInt(SOURCES))).status(pick(TrackingStatus.values()))
                .cluster("cluster-" + random.nextInt(CLAIMS / 3)).publishedAt(Instant.parse("2022-11-05T14:00:00Z")
                        .plusSeconds(i))
                .build();
    }

    private static String speaker(int n) {
        return "Speaker " + n;
    }

    private static String source(int n) {
        return "outlet-" + n;
    }

    /** Common words much more often than rare ones, as in news text. */
    private String zipf(String[] values) {
        double u = random.nextDouble();
        return values[(int) Math.min(values.length - 1, Math.floor(Math.pow(values.length, u)) - 1)];
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
