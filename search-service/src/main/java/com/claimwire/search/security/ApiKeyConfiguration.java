package com.claimwire.search.security;

import com.claimwire.guard.ApiKeyFilter;
import com.claimwire.guard.ApiKeys;
import com.claimwire.guard.KeyRequirement;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the shared API-key filter in front of everything. */
@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

    /**
     * Never behind a key, even when reads are protected: health probes, and the dashboard's static files so that a
     * browser can load the page; the page's API calls are then what needs the key.
     */
    static final List<String> OPEN_PATHS = List.of("/actuator/health/**", "/", "/index.html", "/app.js", "/app.css",
            "/favicon.ico");

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeyProperties properties) {
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(
                new ApiKeys(properties.apiKeys()), new KeyRequirement(properties.protectReads(), OPEN_PATHS)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
