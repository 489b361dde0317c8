package com.claimwire.ops.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ./claimwire bench} was asked to do. Endpoints left {@code null} are taken from the local stack
 * ({@link StackEndpoints}).
 *
 * @param warmUpArticles articles sent as fast as possible before the measured phases and left out of their
 *        figures, so that the phases measure warmed-up services (JIT-compiled code, loaded models, warm caches)
 * @param rates fixed-rate phases, articles per second, run in order
 * @param phaseDuration how long each fixed-rate phase sends
 * @param articlesPerPhase when positive, the number of articles each fixed-rate phase sends instead
 * @param max whether to run the as-fast-as-possible phase (after the fixed-rate ones)
 * @param maxArticles how many articles the as-fast-as-possible phase sends
 * @param batchSize articles per request in the as-fast-as-possible phase (fixed rates post one per request)
 * @param concurrency requests in flight at once in the as-fast-as-possible phase
 * @param drainTimeout how long after its last send a phase waits for its articles to become searchable
 * @param pollInterval how often the searchable watcher queries Elasticsearch
 * @param sampleInterval how often CPU, memory and consumer lag are sampled
 * @param alerts whether to measure ingest-to-alert latency through a rule of the run
 * @param data the Reuters-21578 JSON-lines file
 * @param out where the report goes
 * @param pids processes to sample, by name, in addition to those of the local stack
 */
record BenchOptions(
        String ingestUrl,
        String searchUrl,
        String kafka,
        String elasticsearchUrl,
        String apiKey,
        String namespace,
        String indexPrefix,
        int warmUpArticles,
        List<Integer> rates,
        Duration phaseDuration,
        int articlesPerPhase,
        boolean max,
        int maxArticles,
        int batchSize,
        int concurrency,
        Duration drainTimeout,
        Duration pollInterval,
        Duration sampleInterval,
        boolean alerts,
        Path data,
        Path out,
        Map<String, Long> pids) {

    static final List<Integer> DEFAULT_RATES = List.of(10, 20, 50);

    static final String USAGE = """
            Usage: ./claimwire bench [options]
            Drives a running Claimwire (./claimwire up) with Reuters-21578 articles and writes report.md and
            report.png: ingest-to-searchable and ingest-to-alert latency, throughput, CPU and memory per process,
            consumer lag, and the stage that limits throughput.
              --warm-up N             first send N articles as fast as possible, unmeasured (default 0)
              --rates 10,20,50        fixed-rate phases in articles/s (default 10,20,50 unless --max alone)
              --duration 60s          length of each fixed-rate phase (ms, s, m suffixes)
              --articles N            articles per fixed-rate phase instead of --duration
              --max                   also run an as-fast-as-possible phase (alone: only that phase)
              --max-articles 3000     articles of the as-fast-as-possible phase
              --batch-size 50         articles per request in that phase
              --concurrency 4         requests in flight in that phase
              --drain-timeout 120s    wait after a phase's last send for its articles to become searchable
              --poll 150ms            searchable poll interval;  --sample 1s  CPU/RSS/lag sample interval
              --no-alerts             skip the ingest-to-alert measurement
              --data FILE             default ../shared/data/news/reuters21578.jsonl next to the repository
              --out DIR               default target/bench/<timestamp>
            Endpoints (default: the local stack of ./claimwire up, with its CLAIMWIRE_* environment):
              --ingest URL --search URL --kafka HOST:PORT --elasticsearch URL --api-key KEY (default dev-key)
              --namespace NS (Kafka topic namespace, default none)  --index-prefix P (default claimwire)
              --pid NAME=PID          also sample this process (repeatable)
            Exit code: 0 when every article was accepted and became searchable, 3 when some did not (see the
            report), 2 for bad arguments, 1 when the run failed.""";

    private static final Set<String> VALUED = Set.of("--ingest", "--search", "--elasticsearch", "--kafka", "--api-key",
            "--namespace", "--index-prefix", "--warm-up", "--rates", "--duration", "--articles", "--max-articles", "--batch-size",
            "--concurrency", "--drain-timeout", "--poll", "--sample", "--data", "--out", "--pid");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    /** Thrown for arguments that cannot be understood; the message says which and why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** Whether {@code args} ask for help rather than a run. */
    static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    static BenchOptions parse(String[] args, Path defaultData, Path defaultOut) {
        String ingest = null;
        String search = null;
        String kafka = null;
        String elasticsearch = null;
        String apiKey = "dev-key";
        String namespace = "";
        String indexPrefix = "claimwire";
        int warmUp = 0;
        List<Integer> rates = null;
        Duration duration = Duration.ofSeconds(60);
        int articles = 0;
        boolean max = false;
        int maxArticles = 3000;
        int batchSize = 50;
        int concurrency = 4;
        Duration drain = Duration.ofSeconds(120);
        Duration poll = Duration.ofMillis(150);
        Duration sample = Duration.ofSeconds(1);
        boolean alerts = true;
        Path data = defaultData;
        Path out = defaultOut;
        Map<String, Long> pids = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--max" -> max = true;
                case "--no-alerts" -> alerts = false;
                default -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException(VALUED.contains(option)
                                ? option + " needs a value" : "unknown option '" + option + "'");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--ingest" -> ingest = url(option, value);
                        case "--search" -> search = url(option, value);
                        case "--elasticsearch" -> elasticsearch = url(option, value);
                        case "--kafka" -> kafka = value;
                        case "--api-key" -> apiKey = value;
                        case "--namespace" -> namespace = value;
                        case "--index-prefix" -> indexPrefix = value;
                        case "--warm-up" -> warmUp = positive(option, value);
                        case "--rates" -> rates = rates(value);
                        case "--duration" -> duration = duration(option, value);
                        case "--articles" -> articles = positive(option, value);
                        case "--max-articles" -> maxArticles = positive(option, value);
                        case "--batch-size" -> batchSize = positive(option, value);
                        case "--concurrency" -> concurrency = positive(option, value);
                        case "--drain-timeout" -> drain = duration(option, value);
                        case "--poll" -> poll = duration(option, value);
                        case "--sample" -> sample = duration(option, value);
                        case "--data" -> data = Path.of(value);
                        case "--out" -> out = Path.of(value);
                        case "--pid" -> pid(value, pids);
                        default -> throw new UsageException("unknown option '" + option + "'");
                    }
                }
            }
        }
        if (rates == null) {
            rates = max ? List.of() : DEFAULT_RATES;
        }
        return new BenchOptions(ingest, search, kafka, elasticsearch, apiKey, namespace, indexPrefix, warmUp,
                rates, duration, articles, max, maxArticles, batchSize, concurrency, drain, poll, sample, alerts, data, out,
                Map.copyOf(pids));
    }

    private static String url(String option, String value) {
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new UsageException(option + " must be an http(s) URL, not '" + value + "'");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    static List<Integer> rates(String value) {
        List<Integer> rates = new ArrayList<>();
        for (String part : value.split(",")) {
            rates.add(positive("--rates", part.strip()));
        }
        return List.copyOf(rates);
    }

    static Duration duration(String option, String value) {
        Matcher matcher = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new UsageException(option + " must be a duration such as 500ms, 60s or 2m, not '" + value + "'");
        }
        double amount = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1_000;
        };
        if (millis < 1) {
            throw new UsageException(option + " must be at least 1ms, not '" + value + "'");
        }
        return Duration.ofMillis(Math.round(millis));
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the usage error, which names the option
        }
        throw new UsageException(option + " must be a positive whole number, not '" + value + "'");
    }

    private static void pid(String value, Map<String, Long> pids) {
        int equals = value.indexOf('=');
        if (equals < 1) {
            throw new UsageException("--pid must be NAME=PID, not '" + value + "'");
        }
        try {
            pids.put(value.substring(0, equals), Long.parseLong(value.substring(equals + 1)));
        } catch (NumberFormatException e) {
            throw new UsageException("--pid must be NAME=PID, not '" + value + "'");
        }
    }

    /** The unmeasured warm-up before the phases, if asked for. */
    Optional<PhasePlan> warmUp() {
        return warmUpArticles > 0 ? Optional.of(new PhasePlan("warm-up", 0, warmUpArticles)) : Optional.empty();
    }

    /** The fixed-rate phases and then, if asked, the as-fast-as-possible one. */
    List<PhasePlan> phases() {
        List<PhasePlan> phases = new ArrayList<>();
        for (int rate : rates) {
            int count = articlesPerPhase > 0 ? articlesPerPhase
                    : new RatePacer(rate, 0).articlesIn(phaseDuration.toMillis() / 1000.0);
            phases.add(new PhasePlan(rate + "/s", rate, count));
        }
        if (max) {
            phases.add(new PhasePlan("max", 0, maxArticles));
        }
        return phases;
    }

    /**
     * One phase of a run.
     *
     * @param name {@code 20/s} or {@code max}
     * @param rate articles per second, 0 for as fast as possible
     * @param articles how many articles it sends
     */
    record PhasePlan(String name, int rate, int articles) {

        boolean asFastAsPossible() {
            return rate == 0;
        }
    }
}
