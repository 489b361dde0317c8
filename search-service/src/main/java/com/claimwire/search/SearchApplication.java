package com.claimwire.search;

import com.claimwire.search.indexing.IndexRebuildCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Search service: indexes enriched articles and claims from Kafka into Elasticsearch and serves search.
 *
 * <p>{@code rebuild-index} runs the index rebuild instead of the web service (see {@link IndexRebuildCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchApplication {

    public static void main(String[] args) {
        if (args.length > 0 && IndexRebuildCommand.NAME.equals(args[0])) {
            System.exit(IndexRebuildCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(SearchApplication.class, args);
    }
}
