package com.claimwire.localinfra;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A process started from here (or found again through its pid file) with its output in a log file: stopped
 * with its whole process tree, and awaited with a clear failure showing the end of its log.
 */
public final class ManagedProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final ProcessHandle handle;
    private final Process child;
    private final Path log;

    private ManagedProcess(String name, ProcessHandle handle, Process child, Path log) {
        this.name = name;
        this.handle = handle;
        this.child = child;
        this.log = log;
    }

    /**
     * Starts {@code command} with {@code environment} added to this JVM's, stdout and stderr appended to
     * {@code log} and stdin empty.
     *
     * @param detached start it in its own session, so that it outlives this JVM and its terminal
     */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
                                       Path workDir, Path log, boolean detached) {
        List<String> fullCommand = new ArrayList<>();
        if (detached) {
            fullCommand.add("setsid");
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            // Logs are appended across restarts: a header tells the runs apart.
            Files.writeString(log, "---- " + Instant.now() + " starting " + name + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            Process child = builder.start();
            return new ManagedProcess(name, child.toHandle(), child, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + String.join(" ", fullCommand), e);
        }
    }

    /** A process started earlier, found again by its pid; empty when it is gone or the pid was reused. */
    public static Optional<ManagedProcess> find(String name, PidFile.Entry entry, Path log) {
        return ProcessHandle.of(entry.pid())
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().startInstant().map(entry::startedAt).orElse(false))
                .map(handle -> new ManagedProcess(name, handle, null, log));
    }

    /**
     * Every other process whose command line mentions {@code dir}: processes of a local stack found without a
     * pid file, e.g. after an interrupted start.
     */
    public static List<ManagedProcess> findMentioning(Path dir) {
        String marker = dir.toAbsolutePath().normalize() + File.separator;
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
                .map(process -> new ManagedProcess("leftover", process, null, dir))
                .toList();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public Instant startInstant() {
        return handle.info().startInstant().orElse(Instant.EPOCH);
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    /**
     * Waits until {@code ready} holds, failing early if the process exits and with its log tail on timeout.
     */
    public void awaitReady(String what, Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not " + what + " within " + timeout.toSeconds()
                        + " s (pid " + pid() + ", log " + log + "):\n" + logTail());
            }
            if (exitedWithin(POLL_INTERVAL)) {
                throw new IllegalStateException(name + " exited before it was " + what + " (log " + log + "):\n"
                        + logTail());
            }
        }
    }

    /**
     * Waits for a process started by this JVM to end by itself, failing with its log tail if it takes longer
     * than {@code timeout} or exits with a non-zero code.
     */
    public void awaitSuccessfulExit(Duration timeout) {
        if (child == null) {
            throw new IllegalStateException(name + " was not started by this JVM: its exit code is unknown");
        }
        if (!exitedWithin(timeout)) {
            stop(Duration.ofSeconds(5));
            throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s (log "
                    + log + "):\n" + logTail());
        }
        if (child.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with exit code " + child.exitValue() + " (log " + log
                    + "):\n" + logTail());
        }
    }

    /**
     * Asks the process and everything it started to terminate (SIGTERM), waits up to {@code grace}, then
     * kills what is left (SIGKILL). Fails if anything survives.
     */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(handle);
        handle.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            awaitEnd(process, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        List<ProcessHandle> survivors = tree.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        survivors.forEach(process -> awaitEnd(process, KILL_WAIT));
        List<Long> undying = survivors.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
        if (!undying.isEmpty()) {
            throw new IllegalStateException(name + ": processes " + undying + " survived SIGKILL");
        }
    }

    /** The last lines of the log, for error messages. */
    public String logTail() {
        return tail(log, LOG_TAIL_LINES);
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = Math.max(0, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean exitedWithin(Duration wait) {
        return awaitEnd(handle, wait);
    }

    private static boolean awaitEnd(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for pid " + process.pid(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot watch pid " + process.pid(), e.getCause());
        }
    }
}
