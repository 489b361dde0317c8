package com.claimwire.search.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real webhook receiver on loopback that fails a number of requests before accepting, and keeps every request. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String alertId, int attempt, long timestamp, String signature, byte[] body, int answeredWith) {
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver(int failFirst) throws IOException {
        this.failuresLeft = new AtomicInteger(failFirst);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst(WebhookClient.ALERT_ID_HEADER),
                    Integer.parseInt(headers.getFirst(WebhookClient.ATTEMPT_HEADER)),
                    Long.parseLong(headers.getFirst(WebhookSignature.TIMESTAMP_HEADER)),
                    headers.getFirst(WebhookSignature.SIGNATURE_HEADER), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
