package com.claimwire.ingest.security;

import static com.claimwire.ingest.support.TestArticles.article;
import static com.claimwire.ingest.support.TestArticles.json;
import static com.claimwire.ingest.support.TestArticles.uniqueBody;
import static com.claimwire.ingest.support.TestArticles.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.claimwire.ingest.IngestApplication;
import com.claimwire.ingest.support.IngestHttp;
import com.claimwire.localinfra.LocalKafka;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the default settings reads are open and writes need a key; with debug logging on for Claimwire and Spring
 * MVC, neither an accepted nor a refused key ever reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.com.claimwire=DEBUG", "logging.level.org.springframework.web=DEBUG"})
class ApiKeyAccessIT {

    private static final String KEY = "k-" + UUID.randomUUID();
    private static final String NAMESPACE = "it-keys-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalKafka.shared().bootstrapServers());
        registry.add("claimwire.kafka.namespace", () -> NAMESPACE);
        registry.add("claimwire.security.api-keys", () -> KEY);
    }

    @LocalServerPort
    int port;

    @Test
    void readsAreOpenByDefaultAndWritesNeedAKnownKey() {
        IngestHttp api = new IngestHttp(port);
        String body = json(article(uniqueUrl(), "Keys", uniqueBody(40)));

        assertThat(api.get("/api/feeds").status()).isEqualTo(200);
        var missing = api.post("/api/articles", "application/json", null, body);
        var wrong = api.post("/api/articles", "application/json", "dev-key", body);
        var accepted = api.post("/api/articles", "application/json", KEY, body);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("type").asString()).isEqualTo("urn:claimwire:problem:api-key");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(accepted.status()).isEqualTo(202);
    }

    @Test
    void keysNeverAppearInTheLogWhetherAcceptedOrRefused(CapturedOutput output) {
        IngestHttp api = new IngestHttp(port);
        String refusedKey = "guess-" + UUID.randomUUID();

        var accepted = api.post("/api/articles", "application/json", KEY, json(article(uniqueUrl(), "Logged", uniqueBody(40))));
        var refused = api.post("/api/articles", "application/json", refusedKey, json(article(uniqueUrl(), "T", "B")));
        var read = api.get("/api/feeds");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(read.status()).isEqualTo(200);
        assertThat(refused.text()).doesNotContain(refusedKey);
        // The requests were logged (so the check below looks at real log lines), the keys were not.
        assertThat(output.getAll()).contains("Refused POST /api/articles: unknown API key").contains("/api/articles");
        assertThat(output.getAll()).doesNotContain(KEY).doesNotContain(refusedKey);
    }
}
