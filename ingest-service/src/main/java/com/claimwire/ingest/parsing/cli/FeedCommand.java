package com.claimwire.ingest.parsing.cli;

import java.io.PrintStream;

/** Command line {@code feed}. */
public final class FeedCommand {

    private FeedCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        return 2;
    }
}
