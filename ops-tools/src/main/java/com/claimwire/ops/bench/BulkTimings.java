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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * search-service's bulk request timer ({@code claimwire.search.bulk}) per index, read from its Prometheus endpoint:
 * the difference of two readings says how many bulk requests a phase made and how long they took on average, the
 * part of "visibility" that is not the refresh interval.
 *
 * @param byIndex requests and their total seconds per index, since the service started
 */
record BulkTimings(Map<String, Totals> byIndex) {

    /** Requests and seconds of one index. */
    record Totals(double count, double seconds) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^claimwire_search_bulk_seconds_(count|sum)\\{[^}]*index=\"([^\"]+)\"[^}]*}\\s+(\\S+)$");

    static final BulkTimings NONE = new BulkTimings(Map.of());

    /** Reads the current totals, or {@link #NONE} when the endpoint cannot be read (the report says so). */
    static BulkTimings read(HttpClient http, String searchUrl) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(searchUrl
                    + "/actuator/prometheus")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : NONE;
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    static BulkTimings parse(String exposition) {
        Map<String, double[]> totals = new TreeMap<>();
        for (String line : exposition.split("\n")) {
            Matcher match = LINE.matcher(line.strip());
            if (match.matches()) {
                double[] pair = totals.computeIfAbsent(match.group(2), index -> new double[2]);
                pair[match.group(1).equals("count") ? 0 : 1] += Double.parseDouble(match.group(3));
            }
        }
        Map<String, Totals> byIndex = new TreeMap<>();
        totals.forEach((index, pair) -> byIndex.put(index, new Totals(pair[0], pair[1])));
        return new BulkTimings(byIndex);
    }

    /** What happened between {@code earlier} and this reading, one phrase per index; empty when nothing. */
    String since(BulkTimings earlier) {
        StringBuilder text = new StringBuilder();
        byIndex.forEach((index, now) -> {
            Totals before = earlier.byIndex().getOrDefault(index, new Totals(0, 0));
            double count = now.count() - before.count();
            if (count > 0) {
                text.append(text.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                        "%s %.0f bulk requests, mean %.0f ms", index, count,
                        (now.seconds() - before.seconds()) * 1000 / count));
            }
        });
        return text.toString();
    }
}
