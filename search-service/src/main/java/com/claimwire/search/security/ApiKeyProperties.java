package com.claimwire.search.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call write endpoints.
 *
 * @param apiKeys accepted values of the {@code X-API-Key} header on every request that is not a read; the
 *     default {@code dev-key} is for local runs only
 */
@ConfigurationProperties("claimwire.security")
public record ApiKeyProperties(@DefaultValue("dev-key") List<String> apiKeys) {
}
