package com.claimwire.search.alerts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns an alert rule into a Lucene query over {@link ClaimFields}: every condition must hold, any value within a
 * condition may; the free-text query uses simple query syntax (the search API's), every term required by default.
 *
 * <p>The query is built in the shape it is run in, since the monitor runs it on every claim its presearcher lets
 * through: conditions as non-scoring {@code FILTER} clauses (alerts have no scores), and no boolean wrapped around a
 * single clause, so that nothing is left to rewrite at match time (AlertMatchingBenchmark).
 */
final class RuleCompiler {

    /** The simple-query-syntax operators the search API allows too; fuzzy and near are left out in both. */
    private static final int TEXT_OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.ESCAPE_OPERATOR;

    private final Analyzer analyzer;

    RuleCompiler(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query of {@code rule}.
     *
     * @throws InvalidAlertRuleException when the rule is invalid or part of it can never match
     */
    Query compile(AlertRule rule) {
        List<String> problems = new ArrayList<>(rule.problems());
        if (!problems.isEmpty()) {
            throw new InvalidAlertRuleException(problems);
        }
        var conditions = rule.conditions();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (rule.query() != null) {
            Query text = freeText(rule.query());
            if (text == null) {
                problems.add("query '" + rule.query() + "' has no searchable terms (only stop words or operators)");
            } else if (isOnlyExclusions(text) && conditions.isEmpty()) {
                problems.add("query '" + rule.query() + "' only excludes terms and the rule has no condition, so it "
                        + "would alert on nearly every claim; add a term a claim must contain or a condition");
            } else {
                query.add(text, Occur.FILTER);
            }
        }
        anyOf(query, ClaimFields.SPEAKER, conditions.speakers(), ClaimFields::exact);
        anyOf(query, ClaimFields.SPEAKER_KIND, conditions.speakerKinds(), Enum::name);
        anyOf(query, ClaimFields.TYPE, conditions.claimTypes(), Enum::name);
        anyOf(query, ClaimFields.STATUS, conditions.statuses(), Enum::name);
        anyOf(query, ClaimFields.ENTITY, conditions.entities(), ClaimFields::exact);
        anyOf(query, ClaimFields.TOPIC, conditions.topics(), ClaimFields::exact);
        anyOf(query, ClaimFields.SOURCE, conditions.sources(), ClaimFields::exact);
        anyOf(query, ClaimFields.LANGUAGE, conditions.languages(), ClaimFields::exact);
        if (!conditions.speakerRoles().isEmpty()) {
            roles(query, conditions.speakerRoles(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidAlertRuleException(problems);
        }
        return unwrapped(query.build());
    }

    /** The query of the only clause of {@code query}, which matches the same claims unless it excludes them. */
    private static Query unwrapped(BooleanQuery query) {
        if (query.clauses().size() == 1 && query.clauses().get(0).getOccur() != Occur.MUST_NOT) {
            return query.clauses().get(0).getQuery();
        }
        return query;
    }

    private Query freeText(String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, ClaimFields.QUERY_FIELDS, TEXT_OPERATORS);
        parser.setDefaultOperator(Occur.MUST);
        Query parsed = parser.parse(text);
        return parsed == null || parsed instanceof MatchNoDocsQuery ? null : parsed;
    }

    /** A query that matches every claim except some: the parser turns "-term" into all-but-term. */
    private static boolean isOnlyExclusions(Query query) {
        return query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.MUST_NOT
                        || clause.getQuery() instanceof MatchAllDocsQuery);
    }

    private static <T> void anyOf(BooleanQuery.Builder query, String field, Collection<T> values,
            Function<T, String> exact) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.stream().map(exact).map(ClaimFields::exact).distinct()
                .forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        query.add(unwrapped(any.build()), Occur.FILTER);
    }

    private void roles(BooleanQuery.Builder query, List<String> roles, List<String> problems) {
        QueryBuilder phrases = new QueryBuilder(analyzer);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String role : roles) {
            boolean searchable = false;
            for (String phrase : RoleVocabulary.phrasesFor(role)) {
                Query roleQuery = phrases.createPhraseQuery(ClaimFields.ROLE, phrase);
                if (roleQuery != null) {
                    any.add(roleQuery, Occur.SHOULD);
                    searchable = true;
                }
            }
            if (!searchable) {
                problems.add("conditions.speakerRoles: '" + role + "' has no searchable words");
            }
        }
        BooleanQuery built = any.build();
        if (!built.clauses().isEmpty()) {
            query.add(unwrapped(built), Occur.FILTER);
        }
    }
}
