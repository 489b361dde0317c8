package com.claimwire.search.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the API.
 *
 * @param apiKeys accepted values of the {@code X-API-Key} header; writes always need one; the default
 *     {@code dev-key} is for local runs only
 * @param protectReads whether reads ({@code GET}, {@code HEAD}) need a key too; health probes and the dashboard's
 *     static files stay open, and the dashboard's API calls then need the key
 */
@ConfigurationProperties("claimwire.security")
public record ApiKeyProperties(@DefaultValue("dev-key") List<String> apiKeys, @DefaultValue("false") boolean protectReads) {
}
