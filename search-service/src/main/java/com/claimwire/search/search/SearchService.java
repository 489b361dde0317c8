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

    SearchService(ElasticsearchClient client, IndexBootstrap indices, QueryEmbedder embedder) {
        this.client = client;
        this.indices = indices;
        this.embedder = embedder;
    }

    SearchPage<ClaimHit> claims(SearchQuery query) {
        var response = execute(queries.claims(indices.alias(IndexKind.CLAIMS), query), ClaimDocument.class);
        List<ClaimHit> hits = response.hits().hits().stream()
                .map(hit -> ClaimHit.of(hit.source(), first(hit, "text"), hit.score()))
                .toList();
        return page(response, hits, query);
    }

    SearchPage<ArticleHit> articles(SearchQuery query) {
        var response = execute(queries.articles(indices.alias(IndexKind.ARTICLES), query), ArticleDocument.class);
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
        String next = raw.size() == query.size()
                ? new SearchCursor(query.order(), raw.get(raw.size() - 1).sort()).encode()
                : null;
        return new SearchPage<>(total(response), hits, facets(response.aggregations()), next);
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
