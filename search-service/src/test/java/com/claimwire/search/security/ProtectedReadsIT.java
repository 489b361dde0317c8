package com.claimwire.search.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code claimwire.security.protect-reads=true} API reads need the key too; health probes and the dashboard's
 * static files stay open (the dashboard's API calls then need the key).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimwire.security.protect-reads=true", "claimwire.security.api-keys=reader-key"})
@DirtiesContext // a context of its own namespace: closed after the class, see DashboardBrowserIT
class ProtectedReadsIT {

    private static final String NAMESPACE = "it-search-reads-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SearchHttp.infrastructure(registry, NAMESPACE);
    }

    @LocalServerPort
    int port;

    @Test
    void apiReadsNeedAKnownKey() throws Exception {
        SearchHttp api = new SearchHttp(port);

        assertThat(api.status("GET", "/api/claims/search?q=drones", null)).isEqualTo(401);
        assertThat(api.status("GET", "/api/alert-rules", null)).isEqualTo(401);
        assertThat(api.status("HEAD", "/api/alerts", null)).isEqualTo(401);
        assertThat(api.status("GET", "/api/alert-rules", "wrong-key")).isEqualTo(403);
        assertThat(api.status("GET", "/api/alert-rules", "reader-key")).isEqualTo(200);
        assertThat(api.status("GET", "/actuator/prometheus", null)).isEqualTo(401);
    }

    @Test
    void healthProbesAndTheDashboardsStaticFilesStayOpen() throws Exception {
        SearchHttp api = new SearchHttp(port);

        assertThat(api.status("GET", "/actuator/health/liveness", null)).isEqualTo(200);
        assertThat(api.status("GET", "/actuator/health/readiness", null)).isIn(200, 503);
        for (String file : new String[] {"/", "/index.html", "/app.js", "/app.css"}) {
            assertThat(api.status("GET", file, null)).as(file).isEqualTo(200);
        }
    }
}
