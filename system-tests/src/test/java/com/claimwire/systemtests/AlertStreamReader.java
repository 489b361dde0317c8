package com.claimwire.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A client of one search instance's alert stream on a thread of its own (reading a stream that never ends must not
 * block the threads of a shared HTTP client), remembering the id of every event it was sent.
 */
final class AlertStreamReader implements AutoCloseable {

    private final URI uri;
    private final List<String> ids = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    /** Follows the alert stream of the search instance at {@code baseUrl} from now on. */
    AlertStreamReader(String baseUrl) {
        this.uri = URI.create(baseUrl + "/api/alerts/stream");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        reader = new Thread(() -> {
            try {
                client.send(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build(),
                                HttpResponse.BodyHandlers.ofLines()).body()
                        .filter(line -> line.startsWith("id:"))
                        .map(line -> line.substring("id:".length()).strip())
                        .forEach(ids::add);
            } catch (IOException | UncheckedIOException e) {
                // The stream ended (the instance stopped, or the test closed it): what arrived is in ids.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "alert-stream-" + uri.getPort());
        reader.setDaemon(true);
        reader.start();
    }

    URI uri() {
        return uri;
    }

    /** The ids of the events streamed so far, in order, repeats included. */
    List<String> alertIds() {
        synchronized (ids) {
            return List.copyOf(ids);
        }
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
