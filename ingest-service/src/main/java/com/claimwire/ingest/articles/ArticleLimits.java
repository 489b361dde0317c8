package com.claimwire.ingest.articles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one push may carry.
 *
 * @param maxRequestSize largest request body accepted on the API; larger ones answer 413
 * @param maxBatchSize most articles in one batch request
 * @param maxTitleLength longest title, in characters
 * @param maxBodyLength longest article body, in characters
 */
@ConfigurationProperties("claimwire.ingest.articles")
public record ArticleLimits(
        @DefaultValue("16MB") DataSize maxRequestSize,
        @DefaultValue("1000") int maxBatchSize,
        @DefaultValue("1000") int maxTitleLength,
        @DefaultValue("500000") int maxBodyLength) {

    /** The defaults, for code that runs without Spring (tests, tools). */
    public static ArticleLimits defaults() {
        return new ArticleLimits(DataSize.ofMegabytes(16), 1000, 1000, 500_000);
    }
}
