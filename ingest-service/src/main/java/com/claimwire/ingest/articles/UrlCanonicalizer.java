package com.claimwire.ingest.articles;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article URL, so that the same article reached through a tracking link, another
 * capitalisation of the host or a fragment gets one id: lower-case scheme and host, no default port, no
 * fragment, no tracking parameters, dot segments removed, an empty path as {@code /}.
 */
public final class UrlCanonicalizer {

    /** Parameters that only say how a reader arrived, never which article they asked for. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
            "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
            "ocid", "cmpid", "ncid", "sr_share", "at_medium", "at_campaign");

    private static final String TRACKING_PREFIX = "utm_";

    private UrlCanonicalizer() {
    }

    /**
     * The canonical form of {@code url}.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL with a host
     */
    public static String canonicalize(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        HostAndPort authority = hostAndPort(uri);
        String host = asciiHost(authority.host());
        int port = authority.port();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : removeDotSegments(uri.getRawPath());
        String query = withoutTrackingParameters(uri.getRawQuery());

        StringBuilder canonical = new StringBuilder(url.length()).append(scheme).append("://").append(host);
        if (!defaultPort) {
            canonical.append(':').append(port);
        }
        canonical.append(normalizeEscapes(path));
        if (!query.isEmpty()) {
            canonical.append('?').append(normalizeEscapes(query));
        }
        return canonical.toString();
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL: " + e.getReason());
        }
    }

    private record HostAndPort(String host, int port) {
    }

    /** java.net.URI leaves the host empty for internationalised names; those are read from the authority. */
    private static HostAndPort hostAndPort(URI uri) {
        if (uri.getHost() != null && !uri.getHost().isBlank()) {
            return new HostAndPort(uri.getHost(), uri.getPort());
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isBlank()) {
            throw new IllegalArgumentException("must name a host");
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.substring(colon + 1).matches("\\d{1,5}")) {
            return new HostAndPort(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        }
        if (hostPort.isBlank() || hostPort.contains(":")) {
            throw new IllegalArgumentException("must name a host");
        }
        return new HostAndPort(hostPort, -1);
    }

    private static String asciiHost(String host) {
        String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        try {
            String ascii = IDN.toASCII(bare, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (!ascii.matches("[a-z0-9.\\-\\[\\]:_]+")) {
                throw new IllegalArgumentException("has an invalid host name");
            }
            return ascii;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has an invalid host name");
        }
    }

    private static String removeDotSegments(String rawPath) {
        String normalized = URI.create("http://h" + rawPath).normalize().getRawPath();
        return normalized.isEmpty() ? "/" : normalized;
    }

    private static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!name.startsWith(TRACKING_PREFIX) && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    /** Upper-case hex in percent escapes and unreserved characters unescaped, as RFC 3986 section 6.2.2 says. */
    private static String normalizeEscapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
