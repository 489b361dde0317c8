package com.claimwire.analysis;

import com.claimwire.analysis.cli.AnalyzeCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The analysis service: raw articles in, enriched articles and claims out. {@code analyze} runs the same engine
 * on JSON lines from stdin instead, without Kafka and without starting Spring.
 */
@SpringBootApplication
public class AnalysisApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyze")) {
            // stdout carries the results: every log line goes to stderr, and only warnings at that.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(AnalyzeCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out));
        }
        SpringApplication.run(AnalysisApplication.class, args);
    }
}
