package com.claimwire.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where Elasticsearch spends its time per index, read from the index stats of the run's indices: the difference of
 * two readings says how many refreshes a phase made and how long they took (what "visibility" waits for, on one
 * refresh thread per node of two cores), and how long indexing, merging and flushing took. Elasticsearch's
 * figures are wall time on its threads, so on a loaded machine they include waiting for the CPU.
 *
 * @param byIndex the totals per concrete index, since each index was created
 */
record IndexCosts(Map<String, Totals> byIndex) {

    /** Cumulative counters of one index's primaries, times in milliseconds. */
    record Totals(long refreshes, long refreshMillis, long indexMillis, long merges, long mergeMillis,
                  long flushMillis, long segments) {
    }

    static final IndexCosts NONE = new IndexCosts(Map.of());

    /** Reads the current totals of the indices under {@code indexPrefix}, or {@link #NONE} when unreadable. */
    static IndexCosts read(HttpClient http, JsonMapper json, String elasticsearchUrl, String indexPrefix) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/"
                    + indexPrefix + "-*/_stats/refresh,indexing,merge,flush,segments?level=indices"
                    + "&filter_path=indices.*.primaries")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(json.readTree(response.body())) : NONE;
        } catch (IOException | RuntimeException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    static IndexCosts parse(JsonNode stats) {
        Map<String, Totals> byIndex = new TreeMap<>();
        for (var entry : stats.path("indices").properties()) {
            JsonNode primaries = entry.getValue().path("primaries");
            // Scheduled refreshes only: "external" ones are what searches see, and every one of them is scheduled.
            JsonNode refresh = primaries.path("refresh");
            byIndex.put(entry.getKey(), new Totals(refresh.path("total").asLong(),
                    refresh.path("total_time_in_millis").asLong(),
                    primaries.path("indexing").path("index_time_in_millis").asLong(),
                    primaries.path("merges").path("total").asLong(),
                    primaries.path("merges").path("total_time_in_millis").asLong(),
                    primaries.path("flush").path("total_time_in_millis").asLong(),
                    primaries.path("segments").path("count").asLong()));
        }
        return new IndexCosts(byIndex);
    }

    /** What happened between {@code earlier} and this reading, one phrase per index that did any work. */
    String since(IndexCosts earlier) {
        StringBuilder text = new StringBuilder();
        byIndex.forEach((index, now) -> {
            Totals before = earlier.byIndex().getOrDefault(index, new Totals(0, 0, 0, 0, 0, 0, 0));
            long refreshes = now.refreshes() - before.refreshes();
            long refreshMillis = now.refreshMillis() - before.refreshMillis();
            long indexMillis = now.indexMillis() - before.indexMillis();
            long mergeMillis = now.mergeMillis() - before.mergeMillis();
            long flushMillis = now.flushMillis() - before.flushMillis();
            if (refreshMillis + indexMillis + mergeMillis + flushMillis == 0) {
                return;
            }
            text.append(text.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s %d refreshes (%.1f s, mean %s ms), indexing %.1f s, %d merges %.1f s, flushes %.1f s,"
                            + " %d segments at the end", index, refreshes, refreshMillis / 1000.0,
                    refreshes == 0 ? "-" : Long.toString(refreshMillis / refreshes), indexMillis / 1000.0,
                    now.merges() - before.merges(), mergeMillis / 1000.0, flushMillis / 1000.0, now.segments()));
        });
        return text.toString();
    }
}
