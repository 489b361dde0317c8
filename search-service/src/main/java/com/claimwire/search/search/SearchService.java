package com.claimwire.search.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.claimwire.search.indexing.ArticleDocument;
import com.claimwire.search.indexing.ClaimDocument;
import com.claimwire.search.indexing.IndexBootstrap;
import com.claimwire.search.indexing.IndexKind;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Runs the searches {@link SearchQueryBuilder} composes and turns responses into pages of hits. */
@Service
class SearchService {

    private final ElasticsearchClient client;
    private final IndexBootstrap indices;
    private final QueryEmbedder embedder;
    private final SearchQueryBuilder queries = new SearchQueryBuilder();
    private final PublicationSpan spans;

    SearchService(ElasticsearchClient client, IndexBootstrap indices, QueryEmbedder embedder) {
        this.client = client;
        this.indices = indices;
        this.embedder = embedder;
        this.spans = new PublicationSpan(client, System::nanoTime);
    }

    SearchPage<ClaimHit> claims(SearchQuery query) {
        String alias = indices.alias(IndexKind.CLAIMS);
        var response = execute(queries.claims(alias, withHistogramInterval(query, alias)), ClaimDocument.class);
        List<ClaimHit> hits = response.hits().hits().stream()
                .map(hit -> ClaimHit.of(hit.source(), first(hit, "text"), hit.score()))
                .toList();
        return page(response, hits, query);
    }

    SearchPage<ArticleHit> articles(SearchQuery query) {
        String alias = indices.alias(IndexKind.ARTICLES);
        var response = execute(queries.articles(alias, withHistogramInterval(query, alias)), ArticleDocument.class);
        List<ArticleHit> hits = response.hits().hits().stream()
                .map(hit -> ArticleHit.of(hit.source(), first(hit, "title"),
                        hit.highlight().getOrDefault("body", List.of()), hit.score()))
                .toList();
        return page(response, hits, query);
    }

    SearchPage<ClaimHit> similarClaims(SimilarQuery query) {
        float[] vector = embedder.embed(query.text());
        var response = execute(queries.similarClaims(indices.alias(IndexKind.CLAIMS), query, vector),
                ClaimDocument.class);
        List<ClaimHit> hits = response.hits().hits().stream()
                .map(hit -> ClaimHit.of(hit.source(), first(hit, "text"), hit.score()))
                .toList();
        return new SearchPage<>(total(response), hits, Map.of(), null);
    }

    /**
     * The query with a histogram width fitting what it covers: its date range where it sets one, the indexed
     * publication dates where it leaves an end open. Later pages carry no histogram.
     */
    private SearchQuery withHistogramInterval(SearchQuery query, String index) {
        if (query.interval() != null || query.cursor() != null) {
            return query;
        }
        Instant from = query.filters().from();
        Instant to = query.filters().to();
        if (from == null || to == null) {
            PublicationSpan.Span indexed = spans.of(index);
            from = latest(from, indexed.first());
            to = earliest(to, indexed.last());
        }
        return query.withInterval(HistogramInterval.forSpan(from, to));
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private <T> SearchResponse<T> execute(SearchRequest request, Class<T> document) {
        try {
            return client.search(request, document);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429 || "index_not_found_exception".equals(e.error().type())) {
                throw new SearchUnavailableException("search is unavailable: " + e.error().reason(), e);
            }
            if (e.status() == 400 && !request.searchAfter().isEmpty()) {
                // Well-formed but forged sort values, e.g. a string where the sort needs a number.
                throw new InvalidSearchRequestException("cursor", "cursor does not fit this search");
            }
            throw e;
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch is unreachable", e);
        }
    }

    private static <T, H> SearchPage<H> page(SearchResponse<T> response, List<H> hits, SearchQuery query) {
        List<Hit<T>> raw = response.hits().hits();
        SearchCursor cursor = query.cursor();
        long total = cursor != null && cursor.total() != null ? cursor.total() : total(response);
        String next = raw.size() == query.size()
                ? new SearchCursor(query.order(), raw.get(raw.size() - 1).sort(), total).encode()
                : null;
        return new SearchPage<>(total, hits, facets(response.aggregations()), next);
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private static Map<String, List<SearchPage.FacetCount>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        aggregations.forEach((name, aggregate) -> {
            if (aggregate.isSterms()) {
                facets.put(name, aggregate.sterms().buckets().array().stream()
                        .map(b -> new SearchPage.FacetCount(b.key().stringValue(), b.docCount())).toList());
            } else if (aggregate.isDateHistogram()) {
                facets.put(name, aggregate.dateHistogram().buckets().array().stream()
                        .map(b -> new SearchPage.FacetCount(b.keyAsString(), b.docCount())).toList());
            } else {
                // A terms aggregation over a field no document has yet comes back unmapped: no values.
                facets.put(name, List.of());
            }
        });
        return facets;
    }

    private static String first(Hit<?> hit, String field) {
        List<String> fragments = hit.highlight().get(field);
        return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
    }
}
