package com.claimwire.ingest.bulkimport;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code import} was asked to do.
 *
 * @param file the JSON-lines file (plain or .gz)
 * @param apiUrl base URL of the running ingest service
 * @param apiKey key for {@code X-API-Key}
 * @param batchSize articles per request
 * @param rejectsFile where rejected lines go, with reasons
 */
record ImportOptions(Path file, String apiUrl, String apiKey, int batchSize, Path rejectsFile) {

    static final String USAGE = "usage: import FILE.jsonl [--url http://localhost:8081] [--api-key KEY]"
            + " [--batch-size 250] [--rejects FILE]";

    /** @throws IllegalArgumentException with a message for the user when the arguments make no sense */
    static ImportOptions parse(String[] args, Map<String, String> environment) {
        Path file = null;
        String url = environment.getOrDefault("CLAIMWIRE_INGEST_URL", "http://localhost:8081");
        String apiKey = environment.getOrDefault("CLAIMWIRE_API_KEY", "dev-key");
        int batchSize = 250;
        Path rejects = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = value(args, ++i, "--url");
                case "--api-key" -> apiKey = value(args, ++i, "--api-key");
                case "--batch-size" -> batchSize = positive(value(args, ++i, "--batch-size"));
                case "--rejects" -> rejects = Path.of(value(args, ++i, "--rejects"));
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("no file given");
        }
        if (rejects == null) {
            rejects = Path.of(file.getFileName() + ".rejects.jsonl");
        }
        return new ImportOptions(file, url.endsWith("/") ? url.substring(0, url.length() - 1) : url, apiKey,
                batchSize, rejects);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int positive(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--batch-size must be a positive number, was " + value);
    }
}
