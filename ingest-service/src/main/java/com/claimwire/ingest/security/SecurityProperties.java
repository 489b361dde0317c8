package com.claimwire.ingest.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the API.
 *
 * @param apiKeys keys accepted in the {@code X-API-Key} header; writes always need one; the default suits local
 *     runs only
 * @param protectReads whether reads ({@code GET}, {@code HEAD}) need a key too; health probes stay open
 */
@ConfigurationProperties("claimwire.security")
public record SecurityProperties(@DefaultValue("dev-key") List<String> apiKeys, @DefaultValue("false") boolean protectReads) {
}
