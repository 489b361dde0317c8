package com.claimwire.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system user Elasticsearch runs as when this JVM is root (Elasticsearch refuses to run as root).
 */
final class UnprivilegedUser {

    static final String NAME = "claimwire-es";

    private UnprivilegedUser() {
    }

    static boolean runningAsRoot() {
        return "0".equals(run(List.of("id", "-u")).output().trim());
    }

    /** Creates the user unless it exists. Safe when several JVMs race to create it. */
    static void ensureExists() {
        if (exists()) {
            return;
        }
        Result created = run(List.of("useradd", "--system", "--user-group", "--no-create-home",
                "--shell", "/usr/sbin/nologin", NAME));
        if (created.exitCode() != 0 && !exists()) {
            throw new IllegalStateException("Cannot create the user " + NAME + " that Elasticsearch runs as: "
                    + created.output());
        }
    }

    /** Gives {@code dir} and everything in it to the user. */
    static void own(Path dir) {
        Result chown = run(List.of("chown", "-R", NAME + ":" + NAME, dir.toAbsolutePath().toString()));
        if (chown.exitCode() != 0) {
            throw new IllegalStateException("Cannot give " + dir + " to " + NAME + ": " + chown.output());
        }
    }

    /** The command prefix that runs what follows as the user. */
    static List<String> commandPrefix() {
        return List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--");
    }

    /** Whether the user can read and enter {@code dir}, i.e. every directory above it lets the user through. */
    static boolean canEnter(Path dir) {
        List<String> command = new ArrayList<>(commandPrefix());
        command.addAll(List.of("test", "-r", dir.toAbsolutePath().toString(), "-a", "-x", dir.toAbsolutePath().toString()));
        return run(command).exitCode() == 0;
    }

    /** The closest directory on the way to {@code dir} that the user cannot enter, for error messages. */
    static Path firstBlocking(Path dir) {
        Path blocking = dir.toAbsolutePath();
        for (Path ancestor = blocking.getParent(); ancestor != null && !canEnter(ancestor); ancestor = ancestor.getParent()) {
            blocking = ancestor;
        }
        return blocking;
    }

    private static boolean exists() {
        return run(List.of("id", "-u", NAME)).exitCode() == 0;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }
}
