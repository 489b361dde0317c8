package com.claimwire.ingest;

import com.claimwire.ingest.bulkimport.ImportCommand;
import com.claimwire.ingest.parsing.cli.ExtractCommand;
import com.claimwire.ingest.parsing.cli.FeedCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Runs the ingest service, or one of its command-line tools when the first argument names one. The tools
 * run without Spring, so their standard output carries nothing but their own results.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "feed" -> System.exit(FeedCommand.run(rest, System.out));
            case "extract" -> System.exit(ExtractCommand.run(rest, System.out));
            case "import" -> System.exit(ImportCommand.run(rest, System.out, System.err));
            default -> SpringApplication.run(IngestApplication.class, args);
        }
    }
}
