package com.claimwire.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static final Path DATA = Path.of("data.jsonl");
    private static final Path OUT = Path.of("out");

    private static BenchOptions parse(String... args) {
        return BenchOptions.parse(args, DATA, OUT);
    }

    @Test
    void withoutArgumentsRunsTheDefaultRatesForAMinuteEach() {
        BenchOptions options = parse();

        assertThat(options.phases()).extracting(BenchOptions.PhasePlan::name).containsExactly("10/s", "20/s", "50/s");
        assertThat(options.phases()).extracting(BenchOptions.PhasePlan::articles).containsExactly(600, 1200, 3000);
        assertThat(options.alerts()).isTrue();
        assertThat(options.data()).isEqualTo(DATA);
        assertThat(options.out()).isEqualTo(OUT);
        assertThat(options.indexPrefix()).isEqualTo("claimwire");
        assertThat(options.apiKey()).isEqualTo("dev-key");
        assertThat(options.ingestUrl()).isNull();
    }

    @Test
    void ratesAndDurationSetThePhases() {
        BenchOptions options = parse("--rates", "5,20", "--duration", "2m");

        assertThat(options.phases()).containsExactly(new BenchOptions.PhasePlan("5/s", 5, 600),
                new BenchOptions.PhasePlan("20/s", 20, 2400));
    }

    @Test
    void articleCountOverridesDuration() {
        assertThat(parse("--rates", "5", "--articles", "20").phases())
                .containsExactly(new BenchOptions.PhasePlan("5/s", 5, 20));
    }

    @Test
    void maxAloneRunsOnlyTheAsFastAsPossiblePhase() {
        BenchOptions options = parse("--max", "--max-articles", "500", "--batch-size", "25", "--concurrency", "2");

        assertThat(options.phases()).containsExactly(new BenchOptions.PhasePlan("max", 0, 500));
        assertThat(options.phases().get(0).asFastAsPossible()).isTrue();
        assertThat(options.batchSize()).isEqualTo(25);
        assertThat(options.concurrency()).isEqualTo(2);
    }

    @Test
    void warmUpIsAnUnmeasuredAsFastAsPossibleRunBeforeThePhases() {
        BenchOptions options = parse("--warm-up", "600", "--rates", "20");

        assertThat(options.warmUp()).contains(new BenchOptions.PhasePlan("warm-up", 0, 600));
        assertThat(options.phases()).extracting(BenchOptions.PhasePlan::name).containsExactly("20/s");
        assertThat(parse("--rates", "20").warmUp()).isEmpty();
    }

    @Test
    void maxWithRatesComesLast() {
        assertThat(parse("--rates", "10", "--max").phases()).extracting(BenchOptions.PhasePlan::name)
                .containsExactly("10/s", "max");
    }

    @Test
    void endpointsAndProcessesCanBeGiven() {
        BenchOptions options = parse("--ingest", "http://h:1/", "--search", "http://h:2", "--kafka", "h:9092",
                "--elasticsearch", "http://h:9200", "--api-key", "k", "--namespace", "ns", "--index-prefix", "ns",
                "--pid", "kafka=12", "--no-alerts", "--out", "/tmp/x", "--data", "/d.jsonl");

        assertThat(options.ingestUrl()).isEqualTo("http://h:1");
        assertThat(options.searchUrl()).isEqualTo("http://h:2");
        assertThat(options.kafka()).isEqualTo("h:9092");
        assertThat(options.elasticsearchUrl()).isEqualTo("http://h:9200");
        assertThat(options.namespace()).isEqualTo("ns");
        assertThat(options.pids()).isEqualTo(Map.of("kafka", 12L));
        assertThat(options.alerts()).isFalse();
        assertThat(options.out()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.data()).isEqualTo(Path.of("/d.jsonl"));
    }

    @Test
    void durationsTakeUnits() {
        assertThat(BenchOptions.duration("--poll", "150ms")).isEqualTo(Duration.ofMillis(150));
        assertThat(BenchOptions.duration("--duration", "90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BenchOptions.duration("--duration", "1.5m")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BenchOptions.duration("--duration", "1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> parse("--rates", "10,x")).hasMessageContaining("--rates");
        assertThatThrownBy(() -> parse("--rates", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> parse("--duration", "soon")).hasMessageContaining("--duration");
        assertThatThrownBy(() -> parse("--ingest", "localhost:8081")).hasMessageContaining("http");
        assertThatThrownBy(() -> parse("--pid", "kafka")).hasMessageContaining("NAME=PID");
        assertThatThrownBy(() -> parse("--frobnicate", "1")).hasMessageContaining("unknown option '--frobnicate'");
        assertThatThrownBy(() -> parse("--rates")).hasMessageContaining("--rates needs a value");
        assertThatThrownBy(() -> parse("--frobnicate")).hasMessageContaining("unknown option '--frobnicate'");
        assertThat(List.of(BenchOptions.wantsHelp(new String[] {"--max", "--help"}),
                BenchOptions.wantsHelp(new String[] {"--max"}))).containsExactly(true, false);
    }
}
