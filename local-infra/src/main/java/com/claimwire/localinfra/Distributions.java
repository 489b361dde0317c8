package com.claimwire.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the repository and the distributions prepared by the local-infra build live.
 *
 * <p>The repository is named by the system property {@value #REPO_DIR_PROPERTY} (the root pom sets it for
 * tests), or found from the location of this class: {@code <repo>/local-infra/target/...}.
 */
public final class Distributions {

    public static final String REPO_DIR_PROPERTY = "claimwire.repo.dir";
    private static final String MODULE = "local-infra";
    private static final String PREPARE_HINT =
            "Prepare it with `mvn -q -B -pl local-infra package` from the repository root.";

    private final Path repoDir;

    private Distributions(Path repoDir) {
        this.repoDir = repoDir.toAbsolutePath().normalize();
    }

    /** Distributions of the repository at {@code repoDir}. */
    public static Distributions at(Path repoDir) {
        return new Distributions(repoDir);
    }

    /** Distributions of the repository named by {@value #REPO_DIR_PROPERTY} or containing this class. */
    public static Distributions locate() {
        String configured = System.getProperty(REPO_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new Distributions(Path.of(configured));
        }
        Path codeLocation = codeLocation();
        for (Path dir = codeLocation; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MODULE).resolve("pom.xml"))) {
                return new Distributions(dir);
            }
        }
        throw new IllegalStateException("Cannot find the Claimwire repository from " + codeLocation
                + ": set the system property " + REPO_DIR_PROPERTY + " to the repository root.");
    }

    private static Path codeLocation() {
        CodeSource source = Distributions.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("Cannot tell where local-infra was loaded from: set the system property "
                    + REPO_DIR_PROPERTY + " to the repository root.");
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unusable code location " + source.getLocation(), e);
        }
    }

    public Path repoDir() {
        return repoDir;
    }

    /** The directory of jars that make up the Kafka broker and its tools. */
    public Path kafkaLibs() {
        Path libs = moduleTarget().resolve("kafka").resolve("libs");
        if (!Files.isDirectory(libs) || !containsJarStartingWith(libs, "kafka_2.13-")) {
            throw new IllegalStateException("The Kafka distribution is missing at " + libs + ". " + PREPARE_HINT);
        }
        return libs;
    }

    /** The unpacked Elasticsearch distribution (the directory containing {@code bin/elasticsearch}). */
    public Path elasticsearchHome() {
        Path unpacked = moduleTarget().resolve("elasticsearch");
        Path home = unpacked.resolve("elasticsearch-" + elasticsearchVersion());
        if (!Files.isExecutable(home.resolve("bin").resolve("elasticsearch"))) {
            throw new IllegalStateException("The Elasticsearch distribution is missing at " + home + ". "
                    + PREPARE_HINT);
        }
        return home;
    }

    /** The executable jar of a Claimwire service, built by {@code mvn package}. */
    public Path serviceJar(ClaimwireService service) {
        Path jar = repoDir.resolve(service.module()).resolve("target")
                .resolve(service.module() + "-" + projectVersion() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The " + service.module() + " jar is missing at " + jar
                    + ". Build it with `mvn -q -B -DskipTests -pl " + service.module() + " -am package`.");
        }
        return jar;
    }

    /** The Elasticsearch version of the prepared distribution (and of the docker-compose image). */
    public static String elasticsearchVersion() {
        return buildProperty("elasticsearch.version");
    }

    /** The Kafka version of the prepared broker (and of the docker-compose image). */
    public static String kafkaVersion() {
        return buildProperty("kafka.version");
    }

    /** The version of the Claimwire build, which names the services' jars. */
    public static String projectVersion() {
        return buildProperty("version");
    }

    /** The Java executable of the running JVM, used for every process started from here. */
    public static Path javaExecutable() {
        return javaHome().resolve("bin").resolve("java");
    }

    public static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    private Path moduleTarget() {
        return repoDir.resolve(MODULE).resolve("target");
    }

    private static boolean containsJarStartingWith(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String buildProperty(String name) {
        Properties properties = new Properties();
        try (var in = Distributions.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from local-infra: rebuild it.");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(name);
    }
}
