package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.contracts.ClaimTracked;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Matching throughput with 10,000 alert rules of mixed kinds (free text, speakers, roles, entities, topics, sources,
 * statuses, and combinations), claims streamed through the Lucene Monitor one at a time and in batches. Not part of
 * {@code mvn verify}: run with {@code mvn -pl search-service test -Dtest=AlertMatchingBenchmark}. Prints a report;
 * the target is at least 1,000 claims/s.
 */
class AlertMatchingBenchmark {

    private static final int RULES = Integer.getInteger("bench.rules", 10_000);
    private static final int WARM_UP_CLAIMS = Integer.getInteger("bench.warmUpClaims", 2_000);
    private static final int CLAIMS = Integer.getInteger("bench.claims", 10_000);
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

    private final Random random = new Random(42);

    /** Runs the benchmark outside Maven: {@code java -cp <test classpath> ...AlertMatchingBenchmark}. */
    public static void main(String[] args) throws Exception {
        new AlertMatchingBenchmark().matchesTenThousandRulesAtOverAThousandClaimsPerSecond();
    }

    @Test
    void matchesTenThousandRulesAtOverAThousandClaimsPerSecond() throws Exception {
        List<AlertRule> rules = IntStream.range(0, RULES).mapToObj(this::rule).toList();
        List<ClaimTracked> warmUp = IntStream.range(0, WARM_UP_CLAIMS).mapToObj(this::claim).toList();
        List<ClaimTracked> claims = IntStream.range(0, CLAIMS).mapToObj(this::claim).toList();

        try (RuleMatcher matcher = new RuleMatcher()) {
            long registerStart = System.nanoTime();
            matcher.putAll(rules);
            double registerSeconds = seconds(System.nanoTime() - registerStart);

            warmUp.forEach(matcher::match);

            long[] latencies = new long[claims.size()];
            long matches = 0;
            long start = System.nanoTime();
            for (int i = 0; i < claims.size(); i++) {
                long before = System.nanoTime();
                matches += matcher.match(claims.get(i)).rules().size();
                latencies[i] = System.nanoTime() - before;
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
            System.out.printf(Locale.ROOT, """
                    === Alert matching benchmark (Lucene Monitor, %d rules, %d claims, %d cores) ===
                    rules registered in          %.2f s
                    one claim at a time          %,.0f claims/s  (p50 %.2f ms, p95 %.2f ms, p99 %.2f ms per claim)
                    batches of %d               %,.0f claims/s
                    matches                      %,d (%.2f rules per claim on average)
                    target >= %,.0f claims/s     %s
                    """, RULES, claims.size(), Runtime.getRuntime().availableProcessors(), registerSeconds, oneByOne,
                    millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99), BATCH, batched, matches,
                    (double) matches / claims.size(), TARGET_CLAIMS_PER_SECOND,
                    Math.max(oneByOne, batched) >= TARGET_CLAIMS_PER_SECOND ? "MET" : "MISSED");

            assertThat(matches).as("the rules match some claims").isPositive();
            assertThat(batchMatches).as("batches match what single claims match").isEqualTo(matches);
        }
    }

    private AlertRule rule(int i) {
        String id = "rule-" + i;
        AlertRule.Conditions none = AlertRule.Conditions.NONE;
        return switch (i % 6) {
            case 0 -> new AlertRule(id, 1, id, query(), none, null);
            case 1 -> new AlertRule(id, 1, id, null, new AlertRule.Conditions(List.of(speaker(random.nextInt(SPEAKERS))),
                    null, null, List.of(pick(ClaimType.values()), pick(ClaimType.values())), null, null, null, null,
                    null), null);
            case 2 -> new AlertRule(id, 1, id, null, new AlertRule.Conditions(null, null, null, null,
                    List.of(pick(TrackingStatus.values())), List.of(pick(ENTITIES), pick(ENTITIES)), null, null, null),
                    null);
            case 3 -> new AlertRule(id, 1, id, null, new AlertRule.Conditions(null, null,
                    List.of(pick(ROLE_CONDITIONS)), null, List.of(pick(TrackingStatus.values())), null, null, null,
                    null), null);
            case 4 -> new AlertRule(id, 1, id, null, new AlertRule.Conditions(null, null, null, null, null, null,
                    List.of(pick(TOPICS)), List.of(source(random.nextInt(SOURCES))), null), null);
            default -> new AlertRule(id, 1, id, pick(WORDS), new AlertRule.Conditions(null,
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

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
