package com.claimwire.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Elasticsearch node from the integ-test distribution as a child process. Restartable on the same port
 * and data, for fault tests. When this JVM is root it runs as {@value UnprivilegedUser#NAME}.
 */
public final class ElasticsearchNode {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Distributions distributions;
    private final ElasticsearchNodeConfig config;
    private final boolean detached;
    private volatile ManagedProcess process;

    private ElasticsearchNode(Distributions distributions, ElasticsearchNodeConfig config, boolean detached) {
        this.distributions = distributions;
        this.config = config;
        this.detached = detached;
    }

    /** Prepares {@code instanceDir} (kept if it exists), starts the node and waits for a healthy cluster. */
    public static ElasticsearchNode start(Distributions distributions, Path instanceDir, int httpPort,
                                          int transportPort, boolean detached) {
        ElasticsearchNode node = new ElasticsearchNode(distributions,
                new ElasticsearchNodeConfig(httpPort, transportPort, instanceDir), detached);
        node.start();
        return node;
    }

    /** Starts the node (again) on the same port and data, waiting until the cluster is healthy. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        boolean asRoot = UnprivilegedUser.runningAsRoot();
        Path home = asRoot ? homeReachableByTheUser() : distributions.elasticsearchHome();
        prepareInstanceDir(home);
        List<String> command = new ArrayList<>();
        if (asRoot) {
            requireReachable(config.instanceDir());
            command.addAll(UnprivilegedUser.commandPrefix());
        }
        command.add(home.resolve("bin").resolve("elasticsearch").toString());
        ManagedProcess started = ManagedProcess.start("Elasticsearch", command,
                config.environment(Distributions.javaHome()), config.instanceDir(), config.log(), detached);
        process = started;
        try {
            started.awaitReady("healthy at " + config.url(), START_TIMEOUT, () -> isHealthy(config.url()));
        } catch (RuntimeException notReady) {
            started.stop(STOP_GRACE);
            throw notReady;
        }
    }

    /** Stops the node (SIGTERM, then SIGKILL after a grace period); its data stays. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
        }
    }

    public String url() {
        return config.url();
    }

    public ManagedProcess process() {
        return process;
    }

    /** Whether the cluster at {@code url} answers its health API with green or yellow. */
    public static boolean isHealthy(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && (response.body().contains("\"status\":\"green\"") || response.body().contains("\"status\":\"yellow\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The distribution, or when it lies where the unprivileged user cannot go (a repository under {@code /root}),
     * a copy of it in the temporary directory, made once and shared by every JVM.
     */
    private Path homeReachableByTheUser() {
        Path home = distributions.elasticsearchHome();
        UnprivilegedUser.ensureExists();
        if (UnprivilegedUser.canEnter(home.resolve("bin"))) {
            return home;
        }
        Path staged = Path.of(System.getProperty("java.io.tmpdir"), "claimwire-" + home.getFileName());
        if (!Files.isExecutable(staged.resolve("bin").resolve("elasticsearch"))) {
            Path copy = Path.of(staged + "-" + ProcessHandle.current().pid());
            try {
                copyTree(home, copy);
                Files.move(copy, staged, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                TemporaryDirectories.deleteRecursively(copy);
                if (!Files.isExecutable(staged.resolve("bin").resolve("elasticsearch"))) {
                    throw new UncheckedIOException("Cannot stage Elasticsearch at " + staged + " for "
                            + UnprivilegedUser.NAME, e);
                }
            }
        }
        return staged;
    }

    private static void requireReachable(Path instanceDir) {
        if (!UnprivilegedUser.canEnter(instanceDir)) {
            throw new IllegalStateException("Elasticsearch runs as " + UnprivilegedUser.NAME + " (it refuses root), "
                    + "which cannot enter " + UnprivilegedUser.firstBlocking(instanceDir) + " on the way to "
                    + instanceDir + ". Keep the data elsewhere (e.g. CLAIMWIRE_DATA_DIR=/var/tmp/claimwire) or let "
                    + "others through that directory (chmod o+x).");
        }
    }

    private void prepareInstanceDir(Path home) {
        try {
            Files.createDirectories(config.dataDir());
            Files.createDirectories(config.logsDir());
            Files.createDirectories(config.tmpDir());
            if (!Files.isDirectory(config.configDir())) {
                copyTree(home.resolve("config"), config.configDir());
            }
            Files.writeString(config.configDir().resolve("elasticsearch.yml"), config.renderElasticsearchYml());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + config.instanceDir(), e);
        }
        if (UnprivilegedUser.runningAsRoot()) {
            UnprivilegedUser.ensureExists();
            UnprivilegedUser.own(config.instanceDir());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    if (!Files.isDirectory(target)) {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } else {
                    // Keeps the executable bits of bin/.
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
