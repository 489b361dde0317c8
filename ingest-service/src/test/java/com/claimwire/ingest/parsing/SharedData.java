package com.claimwire.ingest.parsing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates {@code /work/shared} material through {@code claimwire.shared.dir}; tests skip when it is absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path directory(String relative) {
        String shared = System.getProperty("claimwire.shared.dir");
        assumeTrue(shared != null && !shared.isBlank(), "claimwire.shared.dir is not set");
        Path directory = Path.of(shared).resolve(relative);
        assumeTrue(Files.isDirectory(directory), () -> directory + " is absent");
        return directory;
    }

    public static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(suffix)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
