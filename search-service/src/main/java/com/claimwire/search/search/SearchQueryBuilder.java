package com.claimwire.search.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Composes every Elasticsearch search the API runs, from named parts: free text, filters, order and
 * {@code search_after}, highlights, facets, and the kNN part of semantic search. Pure: no I/O.
 *
 * <p>Free text goes through {@code simple_query_string}, which never fails on syntax and cannot express
 * scripts, regular expressions or field-level tricks, so user input cannot inject query structure.
 * Highlights are HTML-encoded by Elasticsearch with only {@code <mark>} tags added, so they are safe to render.
 */
final class SearchQueryBuilder {

    /** Facet names in responses. */
    static final String SPEAKERS = "speakers";
    static final String SPEAKER_KINDS = "speakerKinds";
    static final String TYPES = "types";
    static final String STATUSES = "statuses";
    static final String ENTITIES = "entities";
    static final String TOPICS = "topics";
    static final String SOURCES = "sources";
    static final String LANGUAGES = "languages";
    static final String DATES = "dates";

    static final String HIGHLIGHT_PRE = "<mark>";
    static final String HIGHLIGHT_POST = "</mark>";

    /**
     * Nearest neighbours gathered per wanted claim by the claims index's 1-bit (bbq) vectors, then ranked again by
     * their float vectors: bbq alone ranks near neighbours only roughly. Three times k (Elasticsearch's default for
     * bbq) with {@code 5 k} graph candidates per segment found 0.994 of the exact top 10 in
     * {@code SearchLatencyBenchmark} (10,000 MiniLM claims, as loaded; int8 with {@code 10 k} candidates and no
     * rescoring: 0.973), in less time.
     */
    static final float RESCORE_OVERSAMPLE = 3;

    /** Weight of keyword relevance next to vector similarity in hybrid search: BM25 scores run far above 1. */
    static final float HYBRID_TEXT_BOOST = 0.1f;

    /** Field names of one document kind. A {@code null} field means the kind cannot be filtered that way. */
    enum Fields {
        CLAIMS(List.of("text^3", "speaker.name.text^2", "speaker.role", "articleTitle"),
                "speaker.name", "speaker.kind", "type", "tracking.status", List.of("embedding")),
        ARTICLES(List.of("title^2", "body"),
                "speakers", "speakerKinds", "claimTypes", null, List.of("body"));

        final List<String> textFields;
        final String speaker;
        final String speakerKind;
        final String type;
        final String status;
        final List<String> sourceExcludes;

        Fields(List<String> textFields, String speaker, String speakerKind, String type, String status,
                List<String> sourceExcludes) {
            this.textFields = textFields;
            this.speaker = speaker;
            this.speakerKind = speakerKind;
            this.type = type;
            this.status = status;
            this.sourceExcludes = sourceExcludes;
        }
    }

    /** The query syntax users get: no fuzzy or slop operators, whose cost grows with the input. */
    private static final List<SimpleQueryStringFlag> TEXT_OPERATORS = List.of(SimpleQueryStringFlag.And,
            SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Phrase,
            SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Whitespace);

    private static final String ID = "id";
    private static final String PUBLISHED_AT = "publishedAt";

    /** The page of hits of a keyword search over claims in {@code index}; see {@link #claimFacets} for the rest. */
    SearchRequest claims(String index, SearchQuery query) {
        return keywordSearch(index, query, Fields.CLAIMS, highlight -> highlight
                .fields("text", field -> field.numberOfFragments(0).noMatchSize(SearchQuery.MAX_TEXT_LENGTH * 10)));
    }

    /** The facets and exact count of the first page of a keyword search over claims in {@code index}. */
    SearchRequest claimFacets(String index, SearchQuery query) {
        return facetSearch(index, query, Fields.CLAIMS);
    }

    /** The page of hits of a keyword search over articles in {@code index}; see {@link #articleFacets} for the rest. */
    SearchRequest articles(String index, SearchQuery query) {
        rejectStatusFilter(query);
        return keywordSearch(index, query, Fields.ARTICLES, highlight -> highlight
                .fields("title", field -> field.numberOfFragments(0).noMatchSize(1_000))
                .fields("body", field -> field.fragmentSize(200).numberOfFragments(3).noMatchSize(300)));
    }

    /** The facets and exact count of the first page of a keyword search over articles in {@code index}. */
    SearchRequest articleFacets(String index, SearchQuery query) {
        rejectStatusFilter(query);
        return facetSearch(index, query, Fields.ARTICLES);
    }

    private static void rejectStatusFilter(SearchQuery query) {
        if (!query.filters().statuses().isEmpty()) {
            throw new InvalidSearchRequestException("status", "articles have no tracking status; filter claims instead");
        }
    }

    /**
     * The page of hits alone. Not counting every match lets Elasticsearch skip documents that cannot make the page
     * (by score, or by date for newest first); the first page's count comes from the facet search, and later pages
     * carry it in their cursor.
     */
    private SearchRequest keywordSearch(String index, SearchQuery query, Fields fields,
            Function<Highlight.Builder, Highlight.Builder> highlightFields) {
        SearchCursor cursor = query.cursor();
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(mainQuery(query, fields))
                    .size(query.size())
                    .sort(sort(query.order()))
                    .source(src -> src.filter(f -> f.excludes(fields.sourceExcludes)))
                    .highlight(h -> highlightFields.apply(h.encoder(HighlighterEncoder.Html)
                            .preTags(HIGHLIGHT_PRE).postTags(HIGHLIGHT_POST)));
            if (cursor == null) {
                // The same first page asked again (a dashboard reloading) is answered from the shard request cache
                // until the next refresh.
                s.trackTotalHits(t -> t.enabled(false)).requestCache(true);
            } else {
                // Cursors from before counts were carried in them still need the count.
                s.trackTotalHits(t -> t.enabled(cursor.total() == null)).searchAfter(cursor.after());
            }
            return s;
        });
    }

    /**
     * The facets, date histogram and exact count of a first page, as a search of its own that returns no hits: it runs
     * alongside the hits search, and having no hits, highlights or order makes it the same request for every order and
     * page size, so the shard request cache answers it whenever the query and filters were counted before.
     */
    private SearchRequest facetSearch(String index, SearchQuery query, Fields fields) {
        if (query.cursor() != null) {
            throw new IllegalArgumentException("later pages carry no facets");
        }
        HistogramInterval interval = query.interval() != null ? query.interval()
                : HistogramInterval.forSpan(query.filters().from(), query.filters().to());
        return SearchRequest.of(s -> s.index(index)
                .query(mainQuery(query, fields))
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .requestCache(true)
                .aggregations(facets(fields, query.facetSize(), interval)));
    }

    private static Query mainQuery(SearchQuery query, Fields fields) {
        List<Query> filters = filters(query.filters(), fields);
        Query text = query.text().isEmpty() ? null : text(query.text(), fields, Operator.And);
        return Query.of(q -> q.bool(b -> {
            if (text != null) {
                b.must(text);
            }
            return b.filter(filters);
        }));
    }

    /**
     * A semantic search over claims in {@code index}: the {@code k} claims nearest {@code vector}; hybrid adds
     * keyword relevance of the same text, lightly weighted, so exact wording breaks near-ties. The answer is those
     * claims alone, so nothing is counted beyond them: a pasted sentence shares some word with most claims, and counting
     * them would keep Elasticsearch from skipping the ones that cannot make the top.
     */
    SearchRequest similarClaims(String index, SimilarQuery query, float[] vector) {
        List<Query> filters = filters(query.filters(), Fields.CLAIMS);
        List<Float> queryVector = new ArrayList<>(vector.length);
        for (float component : vector) {
            queryVector.add(component);
        }
        return SearchRequest.of(s -> {
            s.index(index)
                    .size(query.k())
                    .trackTotalHits(t -> t.enabled(false))
                    .knn(knn -> knn.field("embedding").queryVector(queryVector).k(query.k())
                            .numCandidates(Math.max(50, query.k() * 5)).filter(filters)
                            .rescoreVector(rescore -> rescore.oversample(RESCORE_OVERSAMPLE)))
                    .source(src -> src.filter(f -> f.excludes(Fields.CLAIMS.sourceExcludes)))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags(HIGHLIGHT_PRE).postTags(HIGHLIGHT_POST)
                            .fields("text", field -> field.numberOfFragments(0)
                                    .noMatchSize(SearchQuery.MAX_TEXT_LENGTH * 10)));
            if (query.hybrid()) {
                Query text = text(query.text(), Fields.CLAIMS, Operator.Or);
                s.query(q -> q.bool(b -> b.should(text).minimumShouldMatch("1").filter(filters).boost(HYBRID_TEXT_BOOST)));
            }
            return s;
        });
    }

    private static Query text(String text, Fields fields, Operator operator) {
        return Query.of(q -> q.simpleQueryString(sqs -> sqs.query(text).fields(fields.textFields)
                .defaultOperator(operator).lenient(true)
                .flags(TEXT_OPERATORS)));
    }

    static List<Query> filters(SearchFilters filters, Fields fields) {
        List<Query> queries = new ArrayList<>();
        terms(queries, fields.speaker, filters.speakers());
        terms(queries, fields.speakerKind, filters.speakerKinds().stream().map(Enum::name).toList());
        terms(queries, fields.type, filters.types().stream().map(Enum::name).toList());
        terms(queries, fields.status, filters.statuses().stream().map(Enum::name).toList());
        terms(queries, "entities", filters.entities());
        terms(queries, "topics", filters.topics());
        terms(queries, "source", filters.sources());
        terms(queries, "language", filters.languages());
        if (filters.from() != null || filters.to() != null) {
            queries.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(PUBLISHED_AT);
                if (filters.from() != null) {
                    d.gte(filters.from().toString());
                }
                if (filters.to() != null) {
                    d.lt(filters.to().toString());
                }
                return d;
            }))));
        }
        return queries;
    }

    private static void terms(List<Query> queries, String field, List<String> values) {
        if (values.isEmpty() || field == null) {
            return;
        }
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        queries.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }

    /**
     * Relevance, or newest first; always ending with the unique id, so that {@code search_after} never skips or
     * repeats a hit that ties with the last one of a page.
     */
    static List<SortOptions> sort(ResultOrder order) {
        List<SortOptions> sort = new ArrayList<>();
        if (order == ResultOrder.RELEVANCE) {
            sort.add(SortOptions.of(o -> o.score(score -> score.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field(PUBLISHED_AT).order(SortOrder.Desc).missing("_last"))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field(ID).order(SortOrder.Asc))));
        return sort;
    }

    private static Map<String, Aggregation> facets(Fields fields, int size, HistogramInterval interval) {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put(SPEAKERS, terms(fields.speaker, size));
        facets.put(SPEAKER_KINDS, terms(fields.speakerKind, size));
        facets.put(TYPES, terms(fields.type, size));
        if (fields.status != null) {
            facets.put(STATUSES, terms(fields.status, size));
        }
        facets.put(ENTITIES, terms("entities", size));
        facets.put(TOPICS, terms("topics", size));
        facets.put(SOURCES, terms("source", size));
        facets.put(LANGUAGES, terms("language", size));
        facets.put(DATES, Aggregation.of(a -> a.dateHistogram(h -> h.field(PUBLISHED_AT)
                .calendarInterval(interval.calendarInterval()).minDocCount(1))));
        return facets;
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }
}
