package com.claimwire.search.indexing;

import com.claimwire.search.SearchApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code java -jar search-service.jar rebuild-index [--property=value ...]}: rebuilds the indices from Kafka
 * (see {@link IndexRebuild}) with the service's configuration, without the web server and without starting the
 * live consumers, then exits 0 on success and 1 on failure.
 */
public final class IndexRebuildCommand {

    /** The command-line name. */
    public static final String NAME = "rebuild-index";

    private IndexRebuildCommand() {
    }

    /** Runs the rebuild and returns the process exit code. */
    public static int run(String[] args) {
        var application = new SpringApplicationBuilder(SearchApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.kafka.listener.auto-startup=false");
        try (var context = application.run(args)) {
            IndexRebuild.Report report = context.getBean(IndexRebuild.class).rebuild();
            System.out.printf("Rebuilt indices: generation %d -> %d; replayed %d article and %d claim records "
                            + "(%d could not be indexed and stay in the dead-letter topics); aliases switched.%n",
                    report.previousGeneration(), report.generation(), report.articleRecords(), report.claimRecords(),
                    report.skipped());
            return 0;
        } catch (Exception e) {
            System.err.println("rebuild-index failed: " + e);
            return 1;
        }
    }
}
