package com.claimwire.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

    @TempDir
    Path dir;

    @Test
    void stopEndsTheWholeProcessTree() {
        ManagedProcess shell = ManagedProcess.start("shell", List.of("bash", "-c", "sleep 300 & sleep 300; wait"),
                Map.of(), dir, dir.resolve("shell.log"), false);
        shell.awaitReady("running its children", Duration.ofSeconds(10),
                () -> ProcessHandle.of(shell.pid()).map(h -> h.children().count() == 2).orElse(false));
        List<ProcessHandle> children = ProcessHandle.of(shell.pid()).orElseThrow().children().toList();

        shell.stop(Duration.ofSeconds(5));

        assertThat(shell.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aProcessThatDiesWhileAwaitedFailsWithItsLogTail() {
        ManagedProcess failing = ManagedProcess.start("failing", List.of("bash", "-c", "echo cannot bind port; exit 3"),
                Map.of(), dir, dir.resolve("failing.log"), false);

        assertThatThrownBy(() -> failing.awaitReady("ready", Duration.ofSeconds(30), () -> false))
                .hasMessageContaining("failing exited before it was ready")
                .hasMessageContaining("cannot bind port");
    }

    @Test
    void aNonZeroExitCodeIsAFailure() {
        ManagedProcess failing = ManagedProcess.start("format", List.of("bash", "-c", "echo bad config; exit 1"),
                Map.of(), dir, dir.resolve("format.log"), false);

        assertThatThrownBy(() -> failing.awaitSuccessfulExit(Duration.ofSeconds(30)))
                .hasMessageContaining("exit code 1")
                .hasMessageContaining("bad config");
    }

    @Test
    void environmentIsPassedAndOutputAppendedToTheLog() {
        Path log = dir.resolve("echo.log");
        ManagedProcess.start("echo", List.of("bash", "-c", "echo \"port=$SERVER_PORT\""), Map.of("SERVER_PORT", "8081"),
                dir, log, false).awaitSuccessfulExit(Duration.ofSeconds(30));

        assertThat(ManagedProcess.tail(log, 5).lines())
                .hasSize(2)
                .first().asString().startsWith("---- ").endsWith(" starting echo");
        assertThat(ManagedProcess.tail(log, 1)).isEqualTo("port=8081");
    }

    @Test
    void aPidFileFindsItsProcessAgainButNotAReusedPid() {
        ManagedProcess sleeper = ManagedProcess.start("sleeper", List.of("sleep", "300"), Map.of(), dir,
                dir.resolve("sleeper.log"), true);
        PidFile pidFile = new PidFile(dir.resolve("sleeper.pid"));
        pidFile.write(sleeper);
        PidFile.Entry entry = pidFile.read().orElseThrow();

        assertThat(ManagedProcess.find("sleeper", entry, sleeper.log())).map(ManagedProcess::pid).contains(sleeper.pid());
        PidFile.Entry reused = new PidFile.Entry(entry.pid(), entry.startInstant().minus(Duration.ofHours(1)));
        assertThat(ManagedProcess.find("sleeper", reused, sleeper.log())).isEmpty();

        sleeper.stop(Duration.ofSeconds(5));
        assertThat(ManagedProcess.find("sleeper", entry, sleeper.log())).isEmpty();
    }
}
