package com.claimwire.search.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.localinfra.LocalElasticsearch;
import com.claimwire.localinfra.LocalKafka;
import com.claimwire.search.indexing.IndexBootstrap;
import com.claimwire.search.indexing.IndexKind;
import com.claimwire.search.indexing.IndexRebuildCommand;
import com.claimwire.search.indexing.IndexedTopics;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code rebuild-index} while the service runs: every record replayed into the next generation, aliases switched,
 * and the live consumers carry on writing into the new generation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class RebuildIndexIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineDriver.useInfrastructure(registry, () -> LocalKafka.shared().bootstrapServers(),
                () -> LocalElasticsearch.shared().url());
    }

    @LocalServerPort
    int port;
    @Autowired
    IndexedTopics topics;
    @Autowired
    IndexBootstrap indices;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${claimwire.kafka.namespace}")
    String namespace;
    @Value("${claimwire.search.index-prefix}")
    String prefix;
    @Value("${claimwire.search.elasticsearch.url}")
    String elasticsearchUrl;

    private PipelineDriver driver;

    @BeforeAll
    void connect() {
        driver = new PipelineDriver(bootstrapServers, port, topics);
    }

    @AfterAll
    void disconnect() {
        driver.close();
    }

    private static TestArticles article(int n) {
        return TestArticles.article("rebuild-" + n + "-" + UUID.randomUUID().toString().substring(0, 6))
                .source("Rebuild Wire").title("Grain deal, report " + n)
                .quote("The grain corridor stays open for " + n + " more days", "Port authority",
                        SpeakerKind.ORGANIZATION, ClaimType.COMMITMENT, List.of("Turkey"))
                .quote("Inspections slowed shipments in week " + n, "Shipping analyst", SpeakerKind.PERSON,
                        ClaimType.ASSERTION, List.of("Turkey"));
    }

    @Test
    void rebuildReplaysEverythingIntoANewGenerationAndSwitchesTheAliases() throws Exception {
        for (int n = 0; n < 12; n++) {
            driver.publish(article(n));
        }
        driver.awaitTotal("/api/claims/search?source=Rebuild+Wire", 24);
        driver.awaitConsumed(Duration.ofSeconds(60));
        // What an interrupted earlier rebuild leaves behind: a generation no alias points at.
        indices.createGeneration(IndexKind.CLAIMS, 2, indices.detectTextAnalysis());

        int exitCode = IndexRebuildCommand.run(new String[] {
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--claimwire.kafka.namespace=" + namespace,
                "--claimwire.search.index-prefix=" + prefix,
                "--claimwire.search.elasticsearch.url=" + elasticsearchUrl,
                "--server.port=0"});

        assertThat(exitCode).isZero();
        assertThat(indices.currentGeneration(IndexKind.ARTICLES)).isEqualTo(3);
        assertThat(indices.currentGeneration(IndexKind.CLAIMS)).isEqualTo(3);
        assertThat(elasticsearch.indices().getAlias(a -> a.name(indices.alias(IndexKind.CLAIMS))).result())
                .containsOnlyKeys(IndexKind.CLAIMS.versionedIndex(prefix, 3));
        elasticsearch.indices().refresh(r -> r.index(IndexKind.CLAIMS.versionedIndex(prefix, 3),
                IndexKind.ARTICLES.versionedIndex(prefix, 3)));
        assertThat(elasticsearch.count(c -> c.index(IndexKind.CLAIMS.versionedIndex(prefix, 3))).count()).isEqualTo(24);
        assertThat(elasticsearch.count(c -> c.index(IndexKind.ARTICLES.versionedIndex(prefix, 3))).count()).isEqualTo(12);
        assertThat(driver.get("/api/claims/search?source=Rebuild+Wire").get("total").asLong()).isEqualTo(24);
        assertThat(elasticsearch.indices().exists(e -> e.index(IndexKind.CLAIMS.versionedIndex(prefix, 1))).value())
                .as("the previous generation is kept for rollback").isTrue();

        driver.publish(article(12));
        driver.awaitTotal("/api/claims/search?source=Rebuild+Wire", 26);
        driver.awaitTotal("/api/articles/search?source=Rebuild+Wire", 13);
    }
}
