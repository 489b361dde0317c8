package com.claimwire.localinfra;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The local stack runner behind {@code ./claimwire up|down|status|reset|demo}: real Kafka and Elasticsearch
 * and the three services as detached processes, found again through pid files in the data directory.
 */
public final class LocalStack {

    static final String KAFKA = "kafka";
    static final String ELASTICSEARCH = "elasticsearch";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String PID_SUFFIX = ".pid";

    private final Distributions distributions;
    private final StackSettings settings;
    private final PrintStream out;

    LocalStack(Distributions distributions, StackSettings settings, PrintStream out) {
        this.distributions = distributions;
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        try {
            Distributions distributions = Distributions.locate();
            LocalStack stack = new LocalStack(distributions, StackSettings.from(System.getenv(), distributions.repoDir()),
                    System.out);
            System.exit(stack.run(command));
        } catch (RuntimeException e) {
            System.err.println("claimwire " + command + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    int run(String command) {
        switch (command) {
            case "up" -> up();
            case "down" -> down();
            case "status" -> {
                return status();
            }
            case "reset" -> {
                return reset();
            }
            case "demo" -> new Demo(this, out).run();
            case "help", "-h", "--help" -> out.println(usage());
            default -> {
                System.err.println("Unknown command '" + command + "'.\n" + usage());
                return 2;
            }
        }
        return 0;
    }

    static String usage() {
        return """
                Usage: claimwire <up|down|status|reset|demo>
                  up      start Kafka, Elasticsearch and the three services; return once all are ready
                  down    stop everything 'up' started
                  status  show what is running
                  reset   wipe the local data (refused while anything runs)
                  demo    'up', push demo/articles.jsonl and show the claims found
                Environment: CLAIMWIRE_DATA_DIR (default <repo>/.claimwire), CLAIMWIRE_KAFKA_PORT (9092),
                  CLAIMWIRE_ES_PORT (9200), CLAIMWIRE_INGEST_PORT (8081), CLAIMWIRE_ANALYSIS_PORT (8082),
                  CLAIMWIRE_SEARCH_PORT (8083); CLAIMWIRE_INGEST_INSTANCES, CLAIMWIRE_ANALYSIS_INSTANCES,
                  CLAIMWIRE_SEARCH_INSTANCES (1): instance n of a service listens on its port + 10 x (n - 1)""";
    }

    StackSettings settings() {
        return settings;
    }

    Path repoDir() {
        return distributions.repoDir();
    }

    /** Starts whatever is not running yet and returns once everything is ready. */
    void up() {
        long started = System.nanoTime();
        preflight();
        CompletableFuture<Void> elasticsearch = CompletableFuture.runAsync(this::upElasticsearch);
        try {
            upKafka();
        } finally {
            // Even when Kafka failed: Elasticsearch must reach its pid file before this JVM exits.
            try {
                elasticsearch.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        Map<ServiceInstance, ServiceProcess> starting = new LinkedHashMap<>();
        for (ServiceInstance instance : configuredInstances()) {
            Optional<ManagedProcess> running = running(instance.name());
            if (running.isPresent()) {
                out.printf("%-19s already running (pid %d)%n", instance.name(), running.get().pid());
                starting.put(instance, ServiceProcess.of(instance.service(), settings.port(instance), running.get()));
                continue;
            }
            ServiceProcess process = ServiceProcess.start(distributions, instance.service(),
                    new ServiceSettings(settings.port(instance), settings.kafkaBootstrapServers(),
                            settings.elasticsearchUrl()),
                    settings.serviceLog(instance), true);
            new PidFile(settings.pidFile(instance.name())).write(process.process());
            starting.put(instance, process);
        }
        for (Map.Entry<ServiceInstance, ServiceProcess> service : starting.entrySet()) {
            long waitStarted = System.nanoTime();
            try {
                service.getValue().awaitReady(ServiceProcess.READY_TIMEOUT);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + "\nStop what is running with ./claimwire down.", e);
            }
            out.printf("%-19s ready (%s)%n", service.getKey().name(), seconds(waitStarted));
        }
        out.printf("%nClaimwire is up (%s):%n", seconds(started));
        for (Map.Entry<ServiceInstance, ServiceProcess> service : starting.entrySet()) {
            out.printf("  %-19s %s%s%n", service.getKey().name(), service.getValue().baseUrl(),
                    hint(service.getKey().service()));
        }
        out.printf("  %-19s %s%n", KAFKA, settings.kafkaBootstrapServers());
        out.printf("  %-19s %s%n", ELASTICSEARCH, settings.elasticsearchUrl());
        out.printf("Logs and data in %s; stop with ./claimwire down%n", settings.dataDir());
    }

    private static String hint(ClaimwireService service) {
        return switch (service) {
            case INGEST -> "  POST /api/articles (header X-API-Key: " + Demo.API_KEY + ")";
            case SEARCH -> "  GET /api/claims/search?q=, /api/articles/search?q=";
            case ANALYSIS -> "";
        };
    }

    /** Fails before anything starts if a jar is missing or a port is taken by something else. */
    private void preflight() {
        if (running(KAFKA).isEmpty()) {
            requireFree(settings.kafkaPort(), "Kafka", StackSettings.KAFKA_PORT);
            requireFree(settings.kafkaControllerPort(), "the Kafka controller", StackSettings.KAFKA_PORT);
        }
        if (running(ELASTICSEARCH).isEmpty()) {
            requireFree(settings.elasticsearchPort(), "Elasticsearch", StackSettings.ELASTICSEARCH_PORT);
            requireFree(settings.elasticsearchTransportPort(), "the Elasticsearch transport",
                    StackSettings.ELASTICSEARCH_PORT);
        }
        for (ServiceInstance instance : configuredInstances()) {
            if (running(instance.name()).isEmpty()) {
                distributions.serviceJar(instance.service());
                requireFree(settings.port(instance), instance.name(), instance.service().portVariable());
            }
        }
    }

    private void upKafka() {
        Optional<ManagedProcess> running = running(KAFKA);
        if (running.isPresent()) {
            out.printf("%-19s already running (pid %d)%n", KAFKA, running.get().pid());
            return;
        }
        long started = System.nanoTime();
        KafkaBroker broker = KafkaBroker.start(distributions, settings.kafkaDir(), settings.kafkaPort(),
                settings.kafkaControllerPort(), true);
        new PidFile(settings.pidFile(KAFKA)).write(broker.process());
        out.printf("%-19s ready at %s (%s)%n", KAFKA, broker.bootstrapServers(), seconds(started));
    }

    private void upElasticsearch() {
        Optional<ManagedProcess> running = running(ELASTICSEARCH);
        if (running.isPresent()) {
            out.printf("%-19s already running (pid %d)%n", ELASTICSEARCH, running.get().pid());
            return;
        }
        long started = System.nanoTime();
        ElasticsearchNode node = ElasticsearchNode.start(distributions, settings.elasticsearchDir(),
                settings.elasticsearchPort(), settings.elasticsearchTransportPort(), true);
        new PidFile(settings.pidFile(ELASTICSEARCH)).write(node.process());
        out.printf("%-19s ready at %s (%s)%n", ELASTICSEARCH, node.url(), seconds(started));
    }

    /** Stops everything 'up' started, services first, and checks that nothing is left. */
    void down() {
        List<String> components = new ArrayList<>(components());
        Collections.reverse(components);
        List<ManagedProcess> stopped = new ArrayList<>();
        for (String component : components) {
            PidFile pidFile = new PidFile(settings.pidFile(component));
            Optional<ManagedProcess> running = running(component);
            if (running.isPresent()) {
                long started = System.nanoTime();
                running.get().stop(STOP_GRACE);
                stopped.add(running.get());
                out.printf("%-19s stopped (pid %d, %s)%n", component, running.get().pid(), seconds(started));
            }
            pidFile.delete();
        }
        for (ManagedProcess leftover : leftovers()) {
            leftover.stop(STOP_GRACE);
            stopped.add(leftover);
            out.printf("%-19s stopped (pid %d, started without a pid file)%n", leftover.name(), leftover.pid());
        }
        List<Long> survivors = stopped.stream().filter(ManagedProcess::isAlive).map(ManagedProcess::pid).toList();
        if (!survivors.isEmpty()) {
            throw new IllegalStateException("Still running after down: pids " + survivors);
        }
        out.println(stopped.isEmpty() ? "Nothing was running." : "Everything is stopped.");
    }

    /** Prints what runs; 0 when everything does, 3 otherwise. */
    int status() {
        int requiredRunning = 0;
        List<String> required = requiredComponents();
        for (String component : components()) {
            Optional<ManagedProcess> process = running(component);
            if (process.isPresent()) {
                requiredRunning += required.contains(component) ? 1 : 0;
                out.printf("%-19s running (pid %d)  %-28s log %s%n", component, process.get().pid(),
                        address(component), process.get().log());
            } else {
                out.printf("%-19s stopped%n", component);
            }
        }
        for (ManagedProcess leftover : leftovers()) {
            out.printf("%-19s running without a pid file (pid %d): ./claimwire down stops it%n",
                    leftover.name(), leftover.pid());
        }
        return requiredRunning == requiredComponents().size() ? 0 : 3;
    }

    /** Wipes the data directory; refused while anything runs. */
    int reset() {
        List<String> runningComponents = components().stream().filter(c -> running(c).isPresent()).toList();
        if (!runningComponents.isEmpty()) {
            System.err.println("Refusing to reset while " + String.join(", ", runningComponents)
                    + " run(s): stop with ./claimwire down first.");
            return 1;
        }
        if (Files.exists(settings.dataDir())) {
            TemporaryDirectories.deleteRecursively(settings.dataDir());
            out.println("Wiped " + settings.dataDir());
        } else {
            out.println("Nothing to wipe at " + settings.dataDir());
        }
        return 0;
    }

    /** Processes of this stack (by their command line) that no pid file accounts for, nor a child of one. */
    private List<ManagedProcess> leftovers() {
        Set<Long> known = new HashSet<>();
        for (String component : components()) {
            running(component).ifPresent(process -> {
                known.add(process.pid());
                ProcessHandle.of(process.pid()).ifPresent(handle -> handle.descendants()
                        .forEach(descendant -> known.add(descendant.pid())));
            });
        }
        return ManagedProcess.findMentioning(settings.dataDir()).stream()
                .filter(process -> !known.contains(process.pid()))
                .toList();
    }

    /** What {@code up} starts with these settings. */
    private List<String> requiredComponents() {
        List<String> components = new ArrayList<>(List.of(KAFKA, ELASTICSEARCH));
        configuredInstances().forEach(instance -> components.add(instance.name()));
        return components;
    }

    /**
     * What {@code up} starts, and further service instances with a pid file: those an {@code up} with more
     * instances started, so that {@code down} and {@code status} find them whatever the settings are now.
     */
    private List<String> components() {
        List<String> components = requiredComponents();
        Set<String> pidFiles = new TreeSet<>();
        if (Files.isDirectory(settings.runDir())) {
            try (Stream<Path> files = Files.list(settings.runDir())) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(PID_SUFFIX))
                        .map(name -> name.substring(0, name.length() - PID_SUFFIX.length()))
                        .filter(name -> ServiceInstance.parse(name).isPresent())
                        .forEach(pidFiles::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the pid files in " + settings.runDir(), e);
            }
        }
        pidFiles.stream().filter(name -> !components.contains(name)).forEach(components::add);
        return components;
    }

    private List<ServiceInstance> configuredInstances() {
        List<ServiceInstance> instances = new ArrayList<>();
        for (ClaimwireService service : ClaimwireService.values()) {
            instances.addAll(settings.instances(service));
        }
        return instances;
    }

    private String address(String component) {
        return switch (component) {
            case KAFKA -> settings.kafkaBootstrapServers();
            case ELASTICSEARCH -> settings.elasticsearchUrl();
            default -> "http://localhost:" + settings.port(instanceOf(component));
        };
    }

    private static ServiceInstance instanceOf(String component) {
        return ServiceInstance.parse(component).orElseThrow(() -> new IllegalArgumentException(component));
    }

    private Optional<ManagedProcess> running(String component) {
        PidFile pidFile = new PidFile(settings.pidFile(component));
        return pidFile.read().flatMap(entry -> ManagedProcess.find(component, entry, logOf(component)));
    }

    private Path logOf(String component) {
        return switch (component) {
            case KAFKA -> settings.kafkaLog();
            case ELASTICSEARCH -> settings.elasticsearchLog();
            default -> settings.serviceLog(instanceOf(component));
        };
    }

    private static void requireFree(int port, String what, String variable) {
        if (FreePorts.inUse(port)) {
            throw new IllegalStateException("Port " + port + " for " + what + " is taken by another process. "
                    + "Stop it, or choose other ports with " + variable + ".");
        }
    }

    static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
