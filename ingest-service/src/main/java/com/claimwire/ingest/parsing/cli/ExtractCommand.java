package com.claimwire.ingest.parsing.cli;

import java.io.PrintStream;

/** Command line {@code extract}. */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        return 2;
    }
}
