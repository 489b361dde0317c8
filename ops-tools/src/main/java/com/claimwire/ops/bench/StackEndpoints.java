package com.claimwire.ops.bench;

import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.ManagedProcess;
import com.claimwire.localinfra.PidFile;
import com.claimwire.localinfra.StackSettings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the stack under test listens and which processes it runs. Flags win; what they leave out comes from the
 * local stack of {@code ./claimwire up} (its {@code CLAIMWIRE_*} environment and its pid files), whose processes
 * are sampled for CPU and memory. With any endpoint flag given, the stack is taken to be elsewhere and only
 * {@code --pid} processes are sampled.
 *
 * @param pids process ids to sample by name
 */
record StackEndpoints(String ingestUrl, String searchUrl, String kafka, String elasticsearchUrl,
                      Map<String, Long> pids) {

    static StackEndpoints resolve(BenchOptions options, Map<String, String> environment, Path repoDir) {
        StackSettings local = StackSettings.from(environment, repoDir);
        boolean elsewhere = options.ingestUrl() != null || options.searchUrl() != null || options.kafka() != null
                || options.elasticsearchUrl() != null;
        Map<String, Long> pids = new LinkedHashMap<>();
        if (!elsewhere) {
            pids.putAll(localPids(local));
        }
        pids.putAll(options.pids());
        pids.put("bench (this JVM)", ProcessHandle.current().pid());
        return new StackEndpoints(
                options.ingestUrl() != null ? options.ingestUrl() : "http://127.0.0.1:" + local.port(ClaimwireService.INGEST),
                options.searchUrl() != null ? options.searchUrl() : "http://127.0.0.1:" + local.port(ClaimwireService.SEARCH),
                options.kafka() != null ? options.kafka() : local.kafkaBootstrapServers(),
                options.elasticsearchUrl() != null ? options.elasticsearchUrl() : local.elasticsearchUrl(),
                Map.copyOf(pids));
    }

    /**
     * Every process of the local stack that is still the one its pid file names: Kafka, Elasticsearch and each
     * service instance ({@code run/<name>.pid} in the data directory, e.g. {@code analysis-service-2.pid}).
     */
    private static Map<String, Long> localPids(StackSettings settings) {
        Map<String, Long> pids = new TreeMap<>();
        Path runDir = settings.pidFile("any").getParent();
        if (!Files.isDirectory(runDir)) {
            return pids;
        }
        try (Stream<Path> files = Files.list(runDir)) {
            files.filter(file -> file.getFileName().toString().endsWith(".pid")).forEach(file -> {
                String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                new PidFile(file).read()
                        .flatMap(entry -> ManagedProcess.find(name, entry, settings.dataDir()))
                        .ifPresent(process -> pids.put(name, process.pid()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the pid files in " + runDir, e);
        }
        return pids;
    }

    /**
     * The repository: {@code claimwire.repo.dir} when set, else the one holding the running jar, else the working
     * directory.
     */
    static Path repoDir() {
        String property = System.getProperty("claimwire.repo.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        // With java -jar the class path is the jar itself (a Spring Boot jar's code source is a nested URL).
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            for (Path dir = Path.of(entry).toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("claimwire")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return dir;
                }
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
