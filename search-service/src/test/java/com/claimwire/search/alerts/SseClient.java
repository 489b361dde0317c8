package com.claimwire.search.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A real server-sent events client: collects the {@code id:} of every event it receives. */
final class SseClient implements AutoCloseable {

    private final List<String> eventIds = new CopyOnWriteArrayList<>();
    private final List<String> data = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    SseClient(URI stream, String lastEventId) {
        var request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        this.response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(answer -> answer.body().forEach(line -> {
            if (line.startsWith("id:")) {
                eventIds.add(line.substring(3).strip());
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).strip());
            }
        }));
    }

    /** The ids of the events received so far, in order. */
    List<String> eventIds() {
        return new ArrayList<>(eventIds);
    }

    /** The data lines received so far, in order. */
    List<String> data() {
        return new ArrayList<>(data);
    }

    boolean connected() {
        return response.isDone() && !response.isCompletedExceptionally() && response.join().statusCode() == 200;
    }

    @Override
    public void close() {
        response.thenAccept(answer -> answer.body().close());
        response.cancel(true);
    }
}
