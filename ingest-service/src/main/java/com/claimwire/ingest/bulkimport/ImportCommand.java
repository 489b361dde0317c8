package com.claimwire.ingest.bulkimport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

/**
 * {@code import FILE.jsonl}: streams a JSON-lines file through the running ingest API in batches, showing
 * progress on standard error and printing the final counts as one JSON line on standard output.
 * Exit code 0 when every line was handled (accepted, duplicate or rejected), 1 when the import stopped,
 * 2 for a usage error.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ImportOptions options;
        try {
            options = ImportOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            err.println(ImportOptions.USAGE);
            return 2;
        }
        if (!Files.isReadable(options.file())) {
            err.println("import: cannot read " + options.file());
            return 2;
        }
        try {
            ImportSummary summary = new BulkImporter(options, new IngestApiClient(options.apiUrl(), options.apiKey()), err).run();
            out.println(summary.toJson());
            err.println(summary.describe());
            return 0;
        } catch (ImportAbortedException e) {
            err.println();
            err.println("import: stopped: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println();
            err.println("import: " + e.getMessage());
            return 1;
        }
    }
}
