package com.claimwire.search.alerts;

import com.claimwire.contracts.ClaimTracked;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.search.Query;

/**
 * Every active alert rule in a Lucene {@link Monitor}: a claim is matched against all rules at once, the monitor's
 * presearcher skipping rules whose terms the claim lacks. A rule that fails while matching is reported with its
 * error and the others still match.
 *
 * <p>Safe for concurrent use: rule changes and matching may overlap.
 */
final class RuleMatcher implements Closeable {

    /**
     * The outcome of matching one claim.
     *
     * @param rules the rules the claim matched
     * @param failures rules that failed while matching, with the error
     */
    record Matches(List<AlertRule> rules, Map<String, String> failures) {
    }

    private final Analyzer analyzer;
    private final Function<AlertRule, Query> compiler;
    private final Monitor monitor;
    private final Map<String, AlertRule> rules = new ConcurrentHashMap<>();

    RuleMatcher() {
        this(null);
    }

    /**
     * @param compiler turns a rule into its query; {@code null} for {@link RuleCompiler} over {@link ClaimFields}
     */
    RuleMatcher(Function<AlertRule, Query> compiler) {
        this.analyzer = ClaimFields.analyzer();
        this.compiler = compiler != null ? compiler : new RuleCompiler(analyzer)::compile;
        try {
            // Two passes: a rule is a candidate only when the claim holds terms of two different routes through it
            // (say its speaker and its claim type), not just one, so fewer rules run per claim (AlertMatchingBenchmark).
            this.monitor = new Monitor(analyzer, new MultipassTermFilteredPresearcher(2, 0,
                    ClaimFields.presearchWeights(), List.of(), Set.of()));
        } catch (IOException e) {
            throw new UncheckedIOException("the rule monitor could not be created", e);
        }
    }

    /**
     * The query of {@code rule}, without registering it.
     *
     * @throws InvalidAlertRuleException when the rule cannot be matched
     */
    Query compile(AlertRule rule) {
        return compiler.apply(rule);
    }

    /**
     * Registers {@code rule}, replacing an older revision of it; an older or equal revision than the one held is
     * ignored, so that replaying rule changes never goes back in time.
     *
     * @return {@code false} when the rule was ignored as stale
     * @throws InvalidAlertRuleException when the rule cannot be matched
     */
    boolean put(AlertRule rule) {
        return putAll(List.of(rule)) == 1;
    }

    /**
     * Registers several rules in one monitor update (much faster than one at a time).
     *
     * @return how many were registered (stale revisions are skipped)
     * @throws InvalidAlertRuleException when one of them cannot be matched; none is registered then
     */
    synchronized int putAll(Collection<AlertRule> newRules) {
        List<MonitorQuery> queries = new ArrayList<>(newRules.size());
        List<AlertRule> accepted = new ArrayList<>(newRules.size());
        for (AlertRule rule : newRules) {
            AlertRule held = rules.get(rule.id());
            if (held != null && held.revision() >= rule.revision()) {
                continue;
            }
            queries.add(new MonitorQuery(rule.id(), compiler.apply(rule)));
            accepted.add(rule);
        }
        if (queries.isEmpty()) {
            return 0;
        }
        try {
            monitor.register(queries);
        } catch (IOException e) {
            throw new UncheckedIOException("rules could not be registered", e);
        }
        accepted.forEach(rule -> rules.put(rule.id(), rule));
        return accepted.size();
    }

    /** Removes rule {@code id}; nothing happens when it is not held. */
    synchronized void remove(String id) {
        if (rules.remove(id) == null) {
            return;
        }
        try {
            monitor.deleteById(id);
        } catch (IOException e) {
            throw new UncheckedIOException("rule " + id + " could not be removed", e);
        }
    }

    /** The rule held under {@code id}. */
    Optional<AlertRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    int size() {
        return rules.size();
    }

    /** The rules {@code claim} matches, and the rules that failed on it. */
    Matches match(ClaimTracked claim) {
        try {
            return outcome(monitor.match(ClaimFields.document(claim), QueryMatch.SIMPLE_MATCHER));
        } catch (IOException e) {
            throw new UncheckedIOException("matching claim " + claim.extracted().claim().id() + " failed", e);
        }
    }

    /** The outcome for each of {@code claims}, in order, matched as one batch. */
    List<Matches> matchAll(List<ClaimTracked> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Document[] documents = claims.stream().map(ClaimFields::document).toArray(Document[]::new);
        MultiMatchingQueries<QueryMatch> matched;
        try {
            matched = monitor.match(documents, QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("matching a batch of " + claims.size() + " claims failed", e);
        }
        List<Matches> outcomes = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            outcomes.add(outcome(matched.getMatches(i), matched.getErrors()));
        }
        return outcomes;
    }

    private Matches outcome(MatchingQueries<QueryMatch> matched) {
        return outcome(matched.getMatches(), matched.getErrors());
    }

    private Matches outcome(Collection<QueryMatch> matches, Map<String, Exception> errors) {
        List<AlertRule> matchedRules = new ArrayList<>(matches.size());
        for (QueryMatch match : matches) {
            AlertRule rule = rules.get(match.getQueryId());
            if (rule != null) {
                matchedRules.add(rule);
            }
        }
        Map<String, String> failures = new LinkedHashMap<>();
        errors.forEach((id, error) -> failures.put(id, error.getClass().getSimpleName() + ": " + error.getMessage()));
        return new Matches(List.copyOf(matchedRules), failures);
    }

    @Override
    public void close() throws IOException {
        monitor.close();
        analyzer.close();
    }
}
