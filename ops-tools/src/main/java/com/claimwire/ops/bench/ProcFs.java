package com.claimwire.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reading Linux {@code /proc}: CPU time and resident memory of a process. */
final class ProcFs {

    /** Clock ticks per second of {@code utime}/{@code stime}: USER_HZ, 100 on every mainstream Linux. */
    static final int TICKS_PER_SECOND = 100;

    private ProcFs() {
    }

    /** User plus system CPU time in ticks from the text of {@code /proc/<pid>/stat}. */
    static long cpuTicks(String stat) {
        // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** {@code VmRSS} in bytes from the text of {@code /proc/<pid>/status}, 0 when absent (zombie). */
    static long rssBytes(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
            }
        }
        return 0;
    }

    static OptionalLong cpuTicks(long pid) {
        return read(pid, "stat").map(ProcFs::cpuTicks).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    static OptionalLong rssBytes(long pid) {
        return read(pid, "status").map(ProcFs::rssBytes).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    static java.util.Optional<String> read(long pid, String file) {
        try {
            return java.util.Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), file)));
        } catch (IOException | RuntimeException gone) {
            return java.util.Optional.empty();
        }
    }
}
