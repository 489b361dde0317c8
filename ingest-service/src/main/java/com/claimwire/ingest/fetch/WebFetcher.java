package com.claimwire.ingest.fetch;

import com.claimwire.guard.AddressPolicy;
import com.claimwire.guard.GuardedDnsResolver;
import com.claimwire.guard.RefusedAddressException;
import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Fetches from the open web, safely and politely: only http(s); only addresses the {@link AddressPolicy}
 * admits, checked when connecting and pinned for that connection ({@link GuardedDnsResolver}), so on every
 * redirect too; redirects capped; robots.txt obeyed; per-host concurrency and rate limits; connect, read and total timeouts; a cap on the body as sent and after
 * decompression (gzip bombs); an honest User-Agent. Conditional requests (ETag, Last-Modified) on demand.
 */
@Component
public class WebFetcher implements DisposableBean {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    private final FetchProperties properties;
    private final CloseableHttpClient client;
    private final HostGate gate;
    private final RobotsRules robots;

    WebFetcher(FetchProperties properties) {
        this.properties = properties;
        this.gate = new HostGate(properties.perHostConcurrency(), properties.perHostInterval());
        this.robots = new RobotsRules(properties.robotsAgent(), properties.robotsCacheTtl());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new GuardedDnsResolver(new AddressPolicy(properties.allowedAddresses())))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                                .build())
                        .setMaxConnTotal(200)
                        .setMaxConnPerRoute(properties.perHostConcurrency())
                        .build())
                .setUserAgent(properties.userAgent())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** Fetches {@code url}, following redirects. */
    public FetchResult fetch(String url) throws FetchException {
        return fetch(url, null, null);
    }

    /**
     * Fetches {@code url} conditionally: answers a result with status 304 when the server says the content
     * has not changed since the given ETag or Last-Modified value (either may be {@code null}).
     */
    public FetchResult fetch(String url, String etag, String lastModified) throws FetchException {
        return follow(parse(url), etag, lastModified, true, properties.maxResponseSize().toBytes());
    }

    private FetchResult follow(URI start, String etag, String lastModified, boolean obeyRobots, long maxBytes)
            throws FetchException {
        long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
        URI current = start;
        for (int redirects = 0; ; redirects++) {
            Duration interval = Duration.ZERO;
            if (obeyRobots) {
                BaseRobotRules rules = robots.rulesFor(current, this::fetchRobots);
                if (!rules.isAllowed(current.toString())) {
                    throw new FetchException(FetchException.Reason.ROBOTS_DISALLOWED,
                            "robots.txt of " + current.getHost() + " disallows " + current + " for " + properties.robotsAgent());
                }
                if (rules.getCrawlDelay() > 0) {
                    Duration crawlDelay = Duration.ofMillis(rules.getCrawlDelay());
                    interval = crawlDelay.compareTo(properties.maxCrawlDelay()) > 0 ? properties.maxCrawlDelay() : crawlDelay;
                }
            }
            Exchange exchange = exchange(current, interval, redirects == 0 ? etag : null,
                    redirects == 0 ? lastModified : null, deadline, maxBytes);
            if (exchange.redirectTo() == null) {
                return exchange.result();
            }
            if (redirects >= properties.maxRedirects()) {
                throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS,
                        "more than " + properties.maxRedirects() + " redirects from " + start);
            }
            current = exchange.redirectTo();
        }
    }

    private FetchResult fetchRobots(URI robotsUrl) throws FetchException {
        return follow(robotsUrl, null, null, false, MAX_ROBOTS_BYTES);
    }

    /** One response: the result, or where it redirects to. */
    private record Exchange(FetchResult result, URI redirectTo) {
    }

    private Exchange exchange(URI url, Duration interval, String etag, String lastModified, long deadline, long maxBytes)
            throws FetchException {
        Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
        if (remaining.isNegative() || remaining.isZero()) {
            throw new FetchException(FetchException.Reason.TIMEOUT, "no response from " + url + " within "
                    + properties.totalTimeout().toSeconds() + " s");
        }
        HttpGet get = new HttpGet(url);
        get.setHeader(HttpHeaders.ACCEPT, ACCEPT);
        get.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate");
        if (etag != null) {
            get.setHeader(HttpHeaders.IF_NONE_MATCH, etag);
        }
        if (lastModified != null) {
            get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
        }
        Duration responseTimeout = remaining.compareTo(properties.readTimeout()) < 0 ? remaining : properties.readTimeout();
        get.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout)).build());
        try (HostGate.Permit permit = gate.enter(url.getHost().toLowerCase(Locale.ROOT), interval, remaining);
             ClassicHttpResponse response = client.executeOpen(null, get, null)) {
            try {
                return read(url, response, deadline, maxBytes);
            } catch (IOException | RuntimeException e) {
                // Drop the connection rather than drain what may be an endless or enormous body.
                get.cancel();
                throw e;
            }
        } catch (FetchException e) {
            throw e;
        } catch (RefusedAddressException e) {
            throw new FetchException(FetchException.Reason.REFUSED_ADDRESS, e.getMessage(), e);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "unknown host " + url.getHost(), e);
        } catch (SocketTimeoutException e) {
            throw new FetchException(FetchException.Reason.TIMEOUT, "timed out fetching " + url + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "fetching " + url + " failed: " + e, e);
        }
    }

    private Exchange read(URI url, ClassicHttpResponse response, long deadline, long maxBytes) throws IOException {
        int status = response.getCode();
        if (status == 304) {
            return new Exchange(new FetchResult(url, 304, null, new byte[0], header(response, HttpHeaders.ETAG),
                    header(response, HttpHeaders.LAST_MODIFIED)), null);
        }
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            String location = header(response, HttpHeaders.LOCATION);
            if (location == null) {
                throw new HttpStatusException(status, "HTTP " + status + " without Location from " + url);
            }
            return new Exchange(null, redirectTarget(url, location));
        }
        if (status < 200 || status >= 300) {
            throw new HttpStatusException(status, "HTTP " + status + " from " + url);
        }
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        if (entity != null) {
            if (entity.getContentLength() > maxBytes) {
                throw new FetchException(FetchException.Reason.TOO_LARGE, url + " declares " + entity.getContentLength()
                        + " bytes, more than the limit of " + maxBytes);
            }
            try (InputStream content = entity.getContent()) {
                byte[] raw = readLimited(content, maxBytes, deadline, url, "response");
                body = decode(raw, header(response, HttpHeaders.CONTENT_ENCODING), deadline, url);
            }
        }
        return new Exchange(new FetchResult(url, status, header(response, HttpHeaders.CONTENT_TYPE), body,
                header(response, HttpHeaders.ETAG), header(response, HttpHeaders.LAST_MODIFIED)), null);
    }

    private byte[] decode(byte[] raw, String contentEncoding, long deadline, URI url) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.trim().toLowerCase(Locale.ROOT);
        long maxDecoded = properties.maxDecodedSize().toBytes();
        try {
            return switch (encoding) {
                case "", "identity" -> raw;
                case "gzip", "x-gzip" -> readLimited(new GZIPInputStream(new ByteArrayInputStream(raw)), maxDecoded,
                        deadline, url, "decompressed body");
                case "deflate" -> inflate(raw, maxDecoded, deadline, url);
                default -> throw new FetchException(FetchException.Reason.NETWORK,
                        url + " sent content encoding " + encoding + ", which was not asked for");
            };
        } catch (ZipException e) {
            throw new FetchException(FetchException.Reason.NETWORK, url + " sent a corrupt " + encoding + " body", e);
        }
    }

    /** "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; both are read. */
    private byte[] inflate(byte[] raw, long maxDecoded, long deadline, URI url) throws IOException {
        try {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(raw)), maxDecoded, deadline, url,
                    "decompressed body");
        } catch (ZipException e) {
            return readLimited(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)), maxDecoded,
                    deadline, url, "decompressed body");
        }
    }

    private byte[] readLimited(InputStream in, long maxBytes, long deadline, URI url, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > maxBytes) {
                throw new FetchException(FetchException.Reason.TOO_LARGE, "the " + what + " of " + url
                        + " exceeds the limit of " + maxBytes + " bytes");
            }
            if (System.nanoTime() > deadline) {
                throw new FetchException(FetchException.Reason.TIMEOUT, url + " took longer than "
                        + properties.totalTimeout().toSeconds() + " s to send its " + what);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static URI redirectTarget(URI from, String location) throws FetchException {
        try {
            URI target = from.resolve(new URI(location.trim()));
            return parse(target.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, from + " redirects to an invalid URL: " + location, e);
        }
    }

    static URI parse(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "not a valid URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "only http and https URLs are fetched: " + url);
        }
        if (uri.getHost() == null) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "URL has no host: " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "URLs with credentials are not fetched: " + uri.getHost());
        }
        return uri;
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }
}
