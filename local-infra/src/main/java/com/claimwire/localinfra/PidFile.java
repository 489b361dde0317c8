package com.claimwire.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A pid file holding the pid and the start time of a detached process, so that a pid reused by an unrelated
 * process is never mistaken for ours.
 */
public final class PidFile {

    /** Start times read back from the OS are rounded differently than when written; this absorbs that. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    private final Path path;

    public PidFile(Path path) {
        this.path = path;
    }

    /** What a pid file records. */
    public record Entry(long pid, Instant startInstant) {

        boolean startedAt(Instant observed) {
            return Duration.between(startInstant, observed).abs().compareTo(START_TOLERANCE) <= 0;
        }
    }

    public Path path() {
        return path;
    }

    public void write(ManagedProcess process) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, process.pid() + " " + process.startInstant().toEpochMilli() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    public Optional<Entry> read() {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(path).trim().split("\\s+");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Entry(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1]))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
