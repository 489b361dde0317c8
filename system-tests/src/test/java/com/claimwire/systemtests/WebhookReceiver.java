package com.claimwire.systemtests;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A real HTTP server on loopback taking alert webhook calls, counting the calls per alert id. */
final class WebhookReceiver implements AutoCloseable {

    /** Search-service setting that lets its webhooks call a receiver on loopback. */
    static final Map<String, String> LOOPBACK_WEBHOOKS = Map.of("CLAIMWIRE_SEARCH_ALERTS_WEBHOOKS_ALLOWEDHOSTS",
            "127.0.0.1");
    private static final String ALERT_ID_HEADER = "X-Claimwire-Alert-Id";

    private final Map<String, AtomicInteger> callsByAlertId = new ConcurrentHashMap<>();
    private final HttpServer server;

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/alerts", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String alertId = exchange.getRequestHeaders().getFirst(ALERT_ID_HEADER);
            callsByAlertId.computeIfAbsent(String.valueOf(alertId), id -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL to give an alert rule as its webhook. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/alerts";
    }

    /** Calls received so far per alert id. */
    Map<String, Integer> callsByAlertId() {
        return callsByAlertId.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
