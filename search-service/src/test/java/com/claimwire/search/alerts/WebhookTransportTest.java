package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimwire.guard.AddressPolicy;
import com.claimwire.guard.GuardedDnsResolver;
import com.claimwire.guard.RefusedAddressException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook targets go through the same SSRF guard as ingest's fetches, checked and pinned on every attempt. */
class WebhookTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    WebhookTransportTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/redirect-to-metadata")) {
                exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
                exchange.sendResponseHeaders(307, -1);
            } else if (path.startsWith("/redirect-home")) {
                exchange.getResponseHeaders().set("Location", "/elsewhere");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private static int post(WebhookClient client, URI target) throws Exception {
        return client.post(target, "0123456789abcdef", "alert-1", 1, "{\"alertId\":\"alert-1\"}", 1_700_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/h", "http://localhost/h", "http://10.1.2.3/h", "http://192.168.0.7/h",
            "http://172.16.0.1/h", "http://169.254.169.254/latest/meta-data", "http://[::1]/h", "http://[fd00::1]/h",
            "http://[fe80::1]/h", "http://100.64.0.1/h", "http://0.0.0.0/h", "http://[::ffff:127.0.0.1]/h",
            "http://[::ffff:a9fe:a9fe]/h", "http://2130706433/h", "http://0177.0.0.1/h", "http://0x7f.0.0.1/h",
            "http://0xa9fea9fe/h", "http://127.1/h", "http://224.0.0.1/h", "ftp://example.com/h", "file:///etc/passwd",
            "http://user:pw@example.com/h"})
    void targetsThatAreNotPublicHttpAreRefusedBeforeAnyAttempt(String target) {
        var policy = new PublicAddressesOnly(Set.of());

        assertThatThrownBy(() -> policy.check(URI.create(target))).isInstanceOf(WebhookTargetPolicy.RefusedTargetException.class);
    }

    @Test
    void namesResolvingToPrivateOrMetadataAddressesAreRefused() {
        Map<String, String> dns = Map.of("hooks.attacker.example", "169.254.169.254", "internal.attacker.example", "10.0.0.5",
                "v6.attacker.example", "fd12:3456::1");
        var policy = new PublicAddressesOnly(new GuardedDnsResolver(new AddressPolicy(List.of()),
                host -> new InetAddress[] {InetAddress.getByName(dns.getOrDefault(host, "203.0.113.9"))}));

        for (String host : dns.keySet()) {
            assertThatThrownBy(() -> policy.check(URI.create("https://" + host + "/hook"))).as(host)
                    .isInstanceOf(WebhookTargetPolicy.RefusedTargetException.class).hasMessageContaining("refused");
        }
    }

    @Test
    void anAllowListedLoopbackReceiverIsCalledAndAPublicNamePasses() throws Exception {
        new PublicAddressesOnly(Set.of("127.0.0.1")).check(URI.create("http://127.0.0.1:" + port() + "/hook"));
        new PublicAddressesOnly(new GuardedDnsResolver(new AddressPolicy(List.of()),
                host -> new InetAddress[] {InetAddress.getByName("93.184.215.14")})).check(URI.create("https://hooks.example.com/x"));
        WebhookClient client = new WebhookClient(Set.of("127.0.0.1/32"), TIMEOUT, TIMEOUT);

        assertThat(post(client, URI.create("http://127.0.0.1:" + port() + "/hook"))).isEqualTo(204);
        assertThat(requests).containsExactly("POST /hook");
    }

    @Test
    void theClientItselfRefusesLoopbackThatIsNotAllowListedAndSendsNothing() {
        WebhookClient client = new WebhookClient(Set.of(), TIMEOUT, TIMEOUT);

        assertThatThrownBy(() -> post(client, URI.create("http://127.0.0.1:" + port() + "/hook")))
                .isInstanceOf(RefusedAddressException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> post(client, URI.create("http://localhost:" + port() + "/hook")))
                .isInstanceOf(RefusedAddressException.class);
        assertThat(requests).isEmpty();
    }

    @Test
    void redirectsAreNeverFollowedNeitherToMetadataNorAnywhereElse() throws Exception {
        WebhookClient client = new WebhookClient(Set.of("127.0.0.1/32"), TIMEOUT, TIMEOUT);

        assertThat(post(client, URI.create("http://127.0.0.1:" + port() + "/redirect-to-metadata"))).isEqualTo(307);
        assertThat(post(client, URI.create("http://127.0.0.1:" + port() + "/redirect-home"))).isEqualTo(302);
        assertThat(requests).containsExactly("POST /redirect-to-metadata", "POST /redirect-home");
    }

    @Test
    void everyAttemptResolvesAndChecksAgainSoARebindingReceiverIsRefused() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        var resolver = new GuardedDnsResolver(new AddressPolicy(List.of("127.0.0.1/32")),
                host -> new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.2")});
        WebhookClient client = new WebhookClient(resolver, TIMEOUT, TIMEOUT);
        URI target = URI.create("http://receiver.example:" + port() + "/hook");

        assertThat(post(client, target)).isEqualTo(204);
        assertThatThrownBy(() -> post(client, target)).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("127.0.0.2 is a loopback");
        assertThat(requests).containsExactly("POST /hook");
        assertThat(lookups).hasValue(2);
    }
}
