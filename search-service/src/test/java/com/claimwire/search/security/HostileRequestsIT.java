package com.claimwire.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hostile bodies on search's write endpoint ({@code POST /api/alert-rules}) over real HTTP: each gets a clear 4xx
 * problem detail, and afterwards the service still creates a valid rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // a context of its own namespace: closed after the class, see DashboardBrowserIT
class HostileRequestsIT {

    private static final String NAMESPACE = "it-search-hostile-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SearchHttp.infrastructure(registry, NAMESPACE);
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return new SearchHttp(port).send("POST", "/api/alert-rules", "dev-key", contentType, body);
    }

    private static void assertClientProblem(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @AfterEach
    void theServiceStillCreatesAValidRule() throws Exception {
        HttpResponse<String> valid = post("application/json",
                "{\"name\":\"Still standing\",\"query\":\"drones\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(valid.statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "[{]", "null", "42", "\"a string\"", "", "{\"name\":\"x\"}{\"name\":\"y\"}",
            "\u0000\u0000", "{\"name\":NaN}"})
    void malformedOrMeaninglessJsonAnswers4xx(String body) throws Exception {
        assertClientProblem(post("application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8AndDeeplyNestedJsonAnswer4xx() throws Exception {
        ByteArrayOutputStream invalid = new ByteArrayOutputStream();
        invalid.writeBytes("{\"name\":\"".getBytes(StandardCharsets.UTF_8));
        invalid.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        invalid.writeBytes("\",\"query\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        int depth = 200_000;

        assertClientProblem(post("application/json", invalid.toByteArray()));
        assertClientProblem(post("application/json", ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8)));
        assertClientProblem(post("application/json",
                ("{\"name\":\"n\",\"conditions\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream"})
    void wrongContentTypesAnswer415(String contentType) throws Exception {
        HttpResponse<String> answer = post(contentType, "{\"name\":\"n\",\"query\":\"q\"}".getBytes(StandardCharsets.UTF_8));

        assertClientProblem(answer);
        assertThat(answer.statusCode()).isEqualTo(415);
    }
}
