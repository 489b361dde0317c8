package com.claimwire.search.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.transport.TransportException;
import com.claimwire.search.indexing.ArticleDocument;
import com.claimwire.search.indexing.ClaimDocument;
import com.claimwire.search.indexing.IndexBootstrap;
import com.claimwire.search.indexing.IndexKind;
import com.claimwire.search.search.SearchTimers.Request;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/** Runs the searches {@link SearchQueryBuilder} composes and turns responses into pages of hits. */
@Service
class SearchService {

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient asyncClient;
    private final IndexBootstrap indices;
    private final QueryEmbedder embedder;
    private final SearchQueryBuilder queries = new SearchQueryBuilder();
    private final PublicationSpan spans;
    private final SearchTimers timers;

    SearchService(ElasticsearchClient client, IndexBootstrap indices, QueryEmbedder embedder, MeterRegistry meters) {
        this.client = client;
        this.asyncClient = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
        this.indices = indices;
        this.embedder = embedder;
        this.spans = new PublicationSpan(client, System::nanoTime);
        this.timers = new SearchTimers(meters);
    }

    SearchPage<ClaimHit> claims(SearchQuery query) {
        String alias = indices.alias(IndexKind.CLAIMS);
        SearchQuery fitted = withHistogramInterval(query, alias);
        return page(fitted, queries.claims(alias, fitted), Request.CLAIM_HITS,
                fitted.cursor() == null ? queries.claimFacets(alias, fitted) : null, Request.CLAIM_FACETS,
                ClaimDocument.class,
                hit -> ClaimHit.of(hit.source(), first(hit, "text"), hit.score()));
    }

    SearchPage<ArticleHit> articles(SearchQuery query) {
        String alias = indices.alias(IndexKind.ARTICLES);
        SearchQuery fitted = withHistogramInterval(query, alias);
        return page(fitted, queries.articles(alias, fitted), Request.ARTICLE_HITS,
                fitted.cursor() == null ? queries.articleFacets(alias, fitted) : null, Request.ARTICLE_FACETS,
                ArticleDocument.class,
                hit -> ArticleHit.of(hit.source(), first(hit, "title"),
                        hit.highlight().getOrDefault("body", List.of()), hit.score()));
    }

    SearchPage<ClaimHit> similarClaims(SimilarQuery query) {
        long embeddingStarted = System.nanoTime();
        float[] vector = embedder.embed(query.text());
        timers.embedding(System.nanoTime() - embeddingStarted);
        var response = execute(queries.similarClaims(indices.alias(IndexKind.CLAIMS), query, vector),
                Request.SIMILAR_CLAIMS, ClaimDocument.class);
        List<ClaimHit> hits = response.hits().hits().stream()
                .map(hit -> ClaimHit.of(hit.source(), first(hit, "text"), hit.score()))
                .toList();
        return new SearchPage<>(hits.size(), hits, Map.of(), null);
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

    /**
     * Runs the hits search and, on a first page, the facet search alongside it, and makes a page of both. The page's
     * count is the facet search's, or on a later page the one its cursor carries.
     */
    private <T, H> SearchPage<H> page(SearchQuery query, SearchRequest hitsRequest, Request hitsKind,
            SearchRequest facetsRequest, Request facetsKind, Class<T> document, Function<Hit<T>, H> toHit) {
        CompletableFuture<SearchResponse<Void>> counting = facetsRequest == null ? null
                : searchTimed(facetsRequest, facetsKind);
        SearchResponse<T> response;
        try {
            response = execute(hitsRequest, hitsKind, document);
        } catch (RuntimeException e) {
            if (counting != null) {
                counting.cancel(true);
            }
            throw e;
        }
        SearchResponse<Void> counted = counting == null ? null : await(counting, facetsRequest);
        List<Hit<T>> raw = response.hits().hits();
        SearchCursor cursor = query.cursor();
        long total = counted != null ? total(counted)
                : cursor != null && cursor.total() != null ? cursor.total() : total(response);
        String next = raw.size() == query.size()
                ? new SearchCursor(query.order(), raw.get(raw.size() - 1).sort(), total).encode()
                : null;
        return new SearchPage<>(total, raw.stream().map(toHit).toList(),
                counted == null ? Map.of() : facets(counted.aggregations()), next);
    }

    private <T> SearchResponse<T> execute(SearchRequest request, Request kind, Class<T> document) {
        long started = System.nanoTime();
        try {
            SearchResponse<T> response = client.search(request, document);
            timers.search(kind, response.took(), System.nanoTime() - started);
            return response;
        } catch (ElasticsearchException | IOException e) {
            throw failure(e, request);
        }
    }

    /** Sends {@code request} without waiting for it; its times are recorded when it answers. */
    private CompletableFuture<SearchResponse<Void>> searchTimed(SearchRequest request, Request kind) {
        long started = System.nanoTime();
        CompletableFuture<SearchResponse<Void>> search = asyncClient.search(request, Void.class);
        search.thenAccept(response -> timers.search(kind, response.took(), System.nanoTime() - started));
        return search;
    }

    private static <T> SearchResponse<T> await(CompletableFuture<SearchResponse<T>> search, SearchRequest request) {
        try {
            return search.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchUnavailableException("interrupted while searching", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), request);
        }
    }

    /** What a failed search means for the caller. */
    private static RuntimeException failure(Throwable cause, SearchRequest request) {
        if (cause instanceof ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429 || "index_not_found_exception".equals(e.error().type())) {
                return new SearchUnavailableException("search is unavailable: " + e.error().reason(), e);
            }
            if (e.status() == 400 && !request.searchAfter().isEmpty()) {
                // Well-formed but forged sort values, e.g. a string where the sort needs a number.
                return new InvalidSearchRequestException("cursor", "cursor does not fit this search");
            }
            return e;
        }
        if (cause instanceof IOException || cause instanceof TransportException) {
            return new SearchUnavailableException("Elasticsearch is unreachable", cause);
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
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
