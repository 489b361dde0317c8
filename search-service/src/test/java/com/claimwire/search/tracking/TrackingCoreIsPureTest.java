package com.claimwire.search.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tracking decisions stay plain Java: no Spring, Kafka or Elasticsearch in the core, only in the adapters. */
class TrackingCoreIsPureTest {

    private static final List<String> CORE = List.of("ClaimTracker", "TrackingBatch", "PropositionMatcher", "Actors",
            "ContentWords", "Stance", "TrackedClaim", "ClusterSummary", "TrackingThresholds", "ClaimContext",
            "TrackingResult", "ClaimTracking", "PendingClaims");
    private static final List<String> FRAMEWORKS = List.of("import org.springframework", "import org.apache.kafka",
            "import co.elastic", "import tools.jackson", "import jakarta");

    @Test
    void coreClassesImportNoFramework() throws IOException {
        Path sources = Path.of("src/main/java/com/claimwire/search/tracking");
        for (String name : CORE) {
            String source = Files.readString(sources.resolve(name + ".java"));
            assertThat(FRAMEWORKS).as(name).noneMatch(source::contains);
        }
    }
}
