package com.claimwire.guard;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests need an API key: every request that can change state, and, when reads are protected, reads
 * too. Paths on the open list (health probes, static assets) never need one, so that orchestrators can probe
 * and browsers can load the page that then asks for the key. CORS preflights ({@code OPTIONS}) carry no
 * headers of the caller's choosing and are never refused here.
 *
 * @param protectReads whether {@code GET} and {@code HEAD} need a key too
 * @param openPaths paths that never need a key: exact paths, or prefixes written as {@code /prefix/**}
 */
public record KeyRequirement(boolean protectReads, List<String> openPaths) {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    public KeyRequirement {
        openPaths = List.copyOf(openPaths);
    }

    /** Whether a request with this method and path (without context path or query) needs a key. */
    public boolean needsKey(String method, String path) {
        String verb = method.toUpperCase(Locale.ROOT);
        if (verb.equals("OPTIONS")) {
            return false;
        }
        if (READS.contains(verb) && !protectReads) {
            return false;
        }
        return !isOpen(path);
    }

    private boolean isOpen(String path) {
        for (String open : openPaths) {
            if (open.endsWith("/**")) {
                String prefix = open.substring(0, open.length() - 3);
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return true;
                }
            } else if (path.equals(open)) {
                return true;
            }
        }
        return false;
    }
}
