package com.claimwire.ingest.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may write.
 *
 * @param apiKeys keys accepted in the {@code X-API-Key} header of write requests; the default suits local runs only
 */
@ConfigurationProperties("claimwire.security")
public record SecurityProperties(@DefaultValue("dev-key") List<String> apiKeys) {
}
