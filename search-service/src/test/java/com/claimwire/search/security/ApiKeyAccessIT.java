package com.claimwire.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Default settings against real Kafka and Elasticsearch: reads open, writes need a known key, keys never logged
 * (with debug logging on), and webhook targets refused by the shared SSRF guard when a rule is created.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.com.claimwire=DEBUG", "logging.level.org.springframework.web=DEBUG"})
@DirtiesContext // a context of its own namespace: closed after the class, see DashboardBrowserIT
class ApiKeyAccessIT {

    private static final String KEY = "k-" + UUID.randomUUID();
    private static final String NAMESPACE = "it-search-keys-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SearchHttp.infrastructure(registry, NAMESPACE);
        registry.add("claimwire.security.api-keys", () -> KEY);
    }

    @LocalServerPort
    int port;

    private byte[] rule(String webhookUrl) {
        return ("{\"name\":\"Guarded\",\"query\":\"drones\",\"webhook\":{\"url\":\"" + webhookUrl
                + "\",\"secret\":\"a-webhook-secret-of-some-length\"}}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAreOpenByDefaultAndWritesNeedAKnownKey() throws Exception {
        SearchHttp api = new SearchHttp(port);

        assertThat(api.status("GET", "/api/alert-rules", null)).isEqualTo(200);
        assertThat(api.status("GET", "/", null)).isEqualTo(200);
        HttpResponse<String> missing = api.send("POST", "/api/alert-rules", null, "application/json", rule("https://example.com/h"));
        HttpResponse<String> wrong = api.send("DELETE", "/api/alert-rules/x", "dev-key", null, null);

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("urn:claimwire:problem:api-key");
        assertThat(wrong.statusCode()).isEqualTo(403);
    }

    @Test
    void keysNeverAppearInTheLogWhetherAcceptedOrRefused(CapturedOutput output) throws Exception {
        SearchHttp api = new SearchHttp(port);
        String refusedKey = "guess-" + UUID.randomUUID();

        HttpResponse<String> accepted = api.send("POST", "/api/alert-rules", KEY, "application/json", rule("http://127.0.0.1/h"));
        HttpResponse<String> refused = api.send("POST", "/api/alert-rules", refusedKey, "application/json", rule("https://example.com/h"));

        assertThat(accepted.statusCode()).as("the key was accepted; the loopback webhook was not").isEqualTo(400);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(refusedKey);
        assertThat(output.getAll()).contains("Refused POST /api/alert-rules: unknown API key").contains("/api/alert-rules");
        assertThat(output.getAll()).doesNotContain(KEY).doesNotContain(refusedKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/h", "http://localhost/h", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/h", "http://[::ffff:169.254.169.254]/h", "http://10.0.0.1/h", "http://192.168.1.1/h",
            "http://2130706433/h", "http://0177.0.0.1/h", "http://0xa9fea9fe/h", "http://[fd00:ec2::254]/h",
            "file:///etc/passwd"})
    void webhookTargetsOnLocalPrivateAndMetadataAddressesAreRefusedAtCreation(String url) throws Exception {
        HttpResponse<String> answer = new SearchHttp(port).send("POST", "/api/alert-rules", KEY, "application/json", rule(url));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("webhook");
    }
}
