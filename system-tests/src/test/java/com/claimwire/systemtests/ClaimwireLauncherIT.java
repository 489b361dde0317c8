package com.claimwire.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.localinfra.ClaimwireService;
import com.claimwire.localinfra.Distributions;
import com.claimwire.localinfra.FreePorts;
import com.claimwire.localinfra.ManagedProcess;
import com.claimwire.localinfra.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./claimwire demo}, {@code status}, {@code down} and {@code reset} as a user runs them, on ports and in
 * a data directory of their own, so that they never touch a developer's running stack.
 */
class ClaimwireLauncherIT {

    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path work;

    @Test
    void demoShowsTheSeedArticleClaimsAndDownLeavesNothingRunning() throws IOException {
        // Elasticsearch drops to an unprivileged user when run as root: it must be able to pass through.
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dataDir = work.resolve("data");
        Map<String, String> environment = environment(dataDir);
        try {
            ManagedProcess demo = launch("demo", environment);
            demo.awaitSuccessfulExit(DEMO_TIMEOUT);
            assertThat(Files.readString(demo.log()))
                    .contains(PipelineScenarios.SEED_SPEAKER)
                    .contains("searchable");

            launch("status", environment).awaitSuccessfulExit(COMMAND_TIMEOUT);
        } finally {
            launch("down", environment).awaitSuccessfulExit(COMMAND_TIMEOUT);
        }

        assertThat(ManagedProcess.findMentioning(dataDir)).isEmpty();
        launch("reset", environment).awaitSuccessfulExit(COMMAND_TIMEOUT);
        assertThat(dataDir).doesNotExist();
    }

    private ManagedProcess launch(String command, Map<String, String> environment) {
        Path launcher = Distributions.locate().repoDir().resolve("claimwire");
        return ManagedProcess.start("claimwire " + command, List.of(launcher.toString(), command), environment,
                work, work.resolve(command + ".log"), false);
    }

    /** A data directory and ports of its own; Kafka's controller and Elasticsearch's transport sit next to them. */
    private static Map<String, String> environment(Path dataDir) {
        Map<String, String> environment = new HashMap<>();
        environment.put(StackSettings.DATA_DIR, dataDir.toString());
        environment.put(StackSettings.KAFKA_PORT, Integer.toString(portWithFreeNeighbour(1)));
        environment.put(StackSettings.ELASTICSEARCH_PORT, Integer.toString(portWithFreeNeighbour(100)));
        for (ClaimwireService service : ClaimwireService.values()) {
            environment.put(service.portVariable(), Integer.toString(FreePorts.next()));
        }
        return environment;
    }

    private static int portWithFreeNeighbour(int distance) {
        while (true) {
            int port = FreePorts.next();
            if (port + distance <= 65_535 && !FreePorts.inUse(port + distance)) {
                return port;
            }
        }
    }
}
