package com.claimwire.ingest.parsing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads what a command-line argument names: a local file ({@code .gz} decompressed), or an http(s) URL with a
 * plain bounded fetch (timeouts, capped size and redirects). This is for checking a source by hand; the
 * service's polling goes through ingest's politeness- and SSRF-aware fetcher instead.
 */
final class SourceReader {

    static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** A source that could not be read, with a reason fit for the command's error line. */
    static final class UnreadableSourceException extends Exception {

        UnreadableSourceException(String message) {
            super(message);
        }
    }

    static boolean isUrl(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    byte[] read(String source) throws UnreadableSourceException {
        if (isUrl(source)) {
            return fetch(source);
        }
        if (source.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
            throw new UnreadableSourceException("unsupported URL scheme (http and https only)");
        }
        return readFile(Path.of(source));
    }

    private static byte[] readFile(Path file) throws UnreadableSourceException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return readCapped(in);
        } catch (NoSuchFileException e) {
            throw new UnreadableSourceException("no such file");
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read file: " + e.getMessage());
        }
    }

    private byte[] fetch(String url) throws UnreadableSourceException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSourceException("invalid URL: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("User-Agent", "claimwire-ingest/0.1 (+https://github.com/claimwire; manual check)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                        + "application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
                .GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new UnreadableSourceException("HTTP status " + response.statusCode());
                }
                long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > MAX_BYTES) {
                    throw new UnreadableSourceException("response too large: " + declared + " bytes");
                }
                return readCapped(body);
            }
        } catch (IOException e) {
            throw new UnreadableSourceException("fetch failed: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableSourceException("fetch interrupted");
        }
    }

    private static byte[] readCapped(InputStream in) throws IOException, UnreadableSourceException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new UnreadableSourceException("larger than " + MAX_BYTES + " bytes");
        }
        return content;
    }
}
