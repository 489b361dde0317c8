package com.claimwire.ingest.security;

import com.claimwire.guard.ApiKeyFilter;
import com.claimwire.guard.ApiKeys;
import com.claimwire.guard.KeyRequirement;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the shared API-key filter in front of everything, before the request size limit reads any body. */
@Configuration(proxyBeanMethods = false)
class ApiKeyConfiguration {

    /** Orchestrators probe these without a key even when reads are protected. */
    private static final List<String> OPEN_PATHS = List.of("/actuator/health/**");

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(SecurityProperties properties) {
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(
                new ApiKeys(properties.apiKeys()), new KeyRequirement(properties.protectReads(), OPEN_PATHS)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
