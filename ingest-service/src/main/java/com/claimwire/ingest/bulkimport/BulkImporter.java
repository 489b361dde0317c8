package com.claimwire.ingest.bulkimport;

import com.claimwire.contracts.EventCodec;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the import file, sends it in batches, and sorts every line into accepted, duplicate or rejected. */
final class BulkImporter {

    private static final Pattern ITEM_INDEX = Pattern.compile("^\\[(\\d+)]\\.?(.*)$");
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;
    private static final int BAR_WIDTH = 30;

    private final ImportOptions options;
    private final IngestApiClient client;
    private final PrintStream progress;
    private final ImportRecordMapper mapper = new ImportRecordMapper(EventCodec.mapper());

    private long lines;
    private long accepted;
    private long updated;
    private long nearDuplicates;
    private long duplicates;
    private long rejected;
    private long bytesRead;
    private long fileSize;
    private long started;
    private long lastProgress;
    private BufferedWriter rejects;

    BulkImporter(ImportOptions options, IngestApiClient client, PrintStream progress) {
        this.options = options;
        this.client = client;
        this.progress = progress;
    }

    /** One line of the file on its way to the API. */
    private record Line(long number, String raw, ObjectNode article) {
    }

    ImportSummary run() throws IOException {
        started = System.nanoTime();
        fileSize = Math.max(1, Files.size(options.file()));
        try (InputStream file = new CountingStream(Files.newInputStream(options.file()));
             InputStream content = options.file().toString().endsWith(".gz") ? new GZIPInputStream(file) : file;
             BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
             BufferedWriter rejectsWriter = Files.newBufferedWriter(options.rejectsFile(), StandardCharsets.UTF_8)) {
            rejects = rejectsWriter;
            List<Line> batch = new ArrayList<>(options.batchSize());
            String raw;
            long number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                if (raw.isBlank()) {
                    continue;
                }
                lines++;
                Line line = parse(number, raw);
                if (line != null) {
                    batch.add(line);
                }
                if (batch.size() >= options.batchSize()) {
                    send(batch);
                    batch = new ArrayList<>(options.batchSize());
                }
                showProgress(false);
            }
            if (!batch.isEmpty()) {
                send(batch);
            }
            showProgress(true);
        }
        return new ImportSummary(lines, accepted, updated, nearDuplicates, duplicates, rejected,
                (System.nanoTime() - started) / 1e9, options.rejectsFile());
    }

    private Line parse(long number, String raw) throws IOException {
        JsonNode json;
        try {
            json = EventCodec.mapper().readTree(raw);
        } catch (JacksonException e) {
            reject(number, raw, "not JSON: " + e.getOriginalMessage());
            return null;
        }
        if (json == null || !json.isObject()) {
            reject(number, raw, "not a JSON object");
            return null;
        }
        return new Line(number, raw, mapper.toArticle(json));
    }

    private void send(List<Line> batch) throws IOException {
        List<Line> pending = batch;
        while (!pending.isEmpty()) {
            IngestApiClient.Answer answer = client.post(pending.stream().map(Line::article).toList());
            switch (answer.status()) {
                case 202 -> {
                    tally(answer.body().path("items"));
                    pending = List.of();
                }
                case 400 -> pending = rejectInvalid(pending, answer.body());
                case 413 -> {
                    if (pending.size() == 1) {
                        reject(pending.get(0), answer.body().path("detail").asString("too large"));
                    } else {
                        int half = pending.size() / 2;
                        send(new ArrayList<>(pending.subList(0, half)));
                        send(new ArrayList<>(pending.subList(half, pending.size())));
                    }
                    pending = List.of();
                }
                case 401, 403 -> throw new ImportAbortedException("the API key was refused (" + answer.status() + "): "
                        + answer.body().path("detail").asString(""));
                default -> throw new ImportAbortedException("ingest answered " + answer.status() + ": "
                        + answer.body().path("detail").asString(answer.body().toString()));
            }
        }
    }

    private void tally(JsonNode items) {
        for (JsonNode item : items.values()) {
            switch (item.path("status").asString("")) {
                case "accepted" -> accepted++;
                case "updated" -> {
                    accepted++;
                    updated++;
                }
                default -> duplicates++;
            }
            if (item.hasNonNull("duplicateOf") && !"duplicate".equals(item.path("status").asString(""))) {
                nearDuplicates++;
            }
        }
    }

    /** Rejects the items a 400 names, with every reason given, and answers the rest to send again. */
    private List<Line> rejectInvalid(List<Line> pending, JsonNode problem) throws IOException {
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (JsonNode error : problem.path("errors").values()) {
            Matcher item = ITEM_INDEX.matcher(error.path("field").asString(""));
            if (item.matches()) {
                String field = item.group(2);
                reasons.computeIfAbsent(Integer.parseInt(item.group(1)), index -> new ArrayList<>())
                        .add((field.isEmpty() ? "" : field + " ") + error.path("message").asString(""));
            }
        }
        if (reasons.isEmpty()) {
            String detail = problem.path("detail").asString("rejected by ingest");
            for (Line line : pending) {
                reject(line, detail);
            }
            return List.of();
        }
        List<Line> valid = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            List<String> itemReasons = reasons.get(i);
            if (itemReasons == null) {
                valid.add(pending.get(i));
            } else {
                reject(pending.get(i), String.join("; ", itemReasons));
            }
        }
        return valid;
    }

    private void reject(Line line, String reason) throws IOException {
        reject(line.number(), line.raw(), reason);
    }

    private void reject(long number, String raw, String reason) throws IOException {
        rejected++;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("line", number);
        entry.put("reason", reason);
        entry.put("record", raw);
        rejects.write(EventCodec.encodeToString(entry));
        rejects.newLine();
    }

    private void showProgress(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastProgress < PROGRESS_EVERY_NANOS) {
            return;
        }
        lastProgress = now;
        double fraction = Math.min(1.0, (double) bytesRead / fileSize);
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        progress.printf(Locale.ROOT, "\r[%s%s] %3.0f%%  %,d lines  %,d accepted  %,d duplicates  %,d rejected  %,.0f/s ",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), fraction * 100, lines, accepted, duplicates,
                rejected, accepted / seconds);
        if (last) {
            progress.println();
        }
        progress.flush();
    }

    /** Counts the bytes read from the file, for the progress bar. */
    private final class CountingStream extends FilterInputStream {
        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }
    }
}
