package com.claimwire.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a request through only with a known key in {@code X-API-Key} when the {@link KeyRequirement} says it
 * needs one. A missing key answers 401 with a {@code WWW-Authenticate} challenge, an unknown key 403; both as
 * RFC 9457 problem details. The presented key is never logged, echoed or kept.
 */
public final class ApiKeyFilter extends HttpFilter {

    public static final String HEADER = "X-API-Key";
    /** The problem {@code type} of every refusal, the same in every service. */
    public static final URI PROBLEM_TYPE = URI.create("urn:claimwire:problem:api-key");
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final ApiKeys keys;
    private final KeyRequirement requirement;

    public ApiKeyFilter(ApiKeys keys, KeyRequirement requirement) {
        this.keys = keys;
        this.requirement = requirement;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!requirement.needsKey(request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank()) {
            log.debug("Refused {} {}: no API key", request.getMethod(), path);
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
            refuse(request, response, 401, "Unauthorized", "this request needs an API key in the " + HEADER + " header");
        } else if (!keys.isKnown(presented)) {
            log.debug("Refused {} {}: unknown API key", request.getMethod(), path);
            refuse(request, response, 403, "Forbidden", "the API key in the " + HEADER + " header is not valid");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String problem = "{\"type\":" + json(PROBLEM_TYPE.toString()) + ",\"title\":" + json(title)
                + ",\"status\":" + status + ",\"detail\":" + json(detail)
                + ",\"instance\":" + json(request.getRequestURI()) + "}";
        response.getOutputStream().write(problem.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal: the request path is the caller's text and must not break out of it. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
