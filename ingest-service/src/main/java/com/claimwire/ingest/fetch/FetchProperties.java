package com.claimwire.ingest.fetch;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How ingest fetches pages, feeds and robots.txt from the web.
 *
 * @param userAgent sent with every request; says who we are and where to read about it
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest silence while waiting for response bytes
 * @param totalTimeout longest time for one response, redirects included
 * @param maxResponseSize largest response body as sent (compressed)
 * @param maxDecodedSize largest body after gzip/deflate decoding; larger means a decompression bomb
 * @param maxRedirects most redirects followed for one fetch
 * @param perHostConcurrency most requests to one host at a time
 * @param perHostInterval least time between two requests to one host (robots.txt Crawl-delay may raise it)
 * @param maxCrawlDelay largest robots.txt Crawl-delay honoured; a longer one is capped to this
 * @param robotsCacheTtl how long a host's robots.txt is kept
 * @param allowedAddresses addresses or CIDR ranges fetched although private or local (for local testing
 *     only, e.g. {@code 127.0.0.1/32}); empty in production
 */
@ConfigurationProperties("claimwire.ingest.fetch")
public record FetchProperties(
        @DefaultValue("ClaimwireBot/0.1 (+https://github.com/claimwire/claimwire; news claim tracking)") String userAgent,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("30s") Duration totalTimeout,
        @DefaultValue("8MB") DataSize maxResponseSize,
        @DefaultValue("16MB") DataSize maxDecodedSize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("2") int perHostConcurrency,
        @DefaultValue("1s") Duration perHostInterval,
        @DefaultValue("30s") Duration maxCrawlDelay,
        @DefaultValue("1h") Duration robotsCacheTtl,
        @DefaultValue List<String> allowedAddresses) {

    /** The robots.txt product token: the user agent up to its first slash. */
    public String robotsAgent() {
        int slash = userAgent.indexOf('/');
        return (slash > 0 ? userAgent.substring(0, slash) : userAgent).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
