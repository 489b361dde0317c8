package com.claimwire.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per origin, parsed by crawler-commons and cached. As RFC 9309 says: a missing robots.txt
 * (4xx) allows everything; one that cannot be fetched (5xx, network) disallows everything until retried.
 */
final class RobotsRules {

    /** How long an unreachable robots.txt keeps a host closed before it is asked again. */
    private static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(5);

    /** Fetches a robots.txt without itself consulting robots rules. */
    interface RobotsSource {
        FetchResult fetchRobots(URI robotsUrl) throws FetchException;
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final String agent;
    private final Duration ttl;

    RobotsRules(String agent, Duration ttl) {
        this.agent = agent;
        this.ttl = ttl;
    }

    /** @throws FetchException when the host itself is refused: the page would be too */
    BaseRobotRules rulesFor(URI url, RobotsSource source) throws FetchException {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        Cached cached = cache.get(origin);
        if (cached != null && cached.expiresAt > System.nanoTime()) {
            return cached.rules;
        }
        URI robotsUrl = URI.create(origin + "/robots.txt");
        BaseRobotRules rules;
        Duration keep = ttl;
        try {
            FetchResult robots = source.fetchRobots(robotsUrl);
            rules = parser.parseContent(robotsUrl.toString(), robots.body(), robots.contentType(), List.of(agent));
        } catch (FetchException e) {
            if (e.reason() == FetchException.Reason.REFUSED_ADDRESS) {
                throw e;
            }
            if (e.reason() == FetchException.Reason.HTTP_STATUS && e instanceof HttpStatusException status
                    && status.status() >= 400 && status.status() < 500) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            } else {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
                keep = RETRY_UNREACHABLE.compareTo(ttl) < 0 ? RETRY_UNREACHABLE : ttl;
            }
        }
        cache.put(origin, new Cached(rules, System.nanoTime() + keep.toNanos()));
        return rules;
    }

    private record Cached(BaseRobotRules rules, long expiresAt) {
    }
}
