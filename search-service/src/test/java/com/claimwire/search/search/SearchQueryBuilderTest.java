package com.claimwire.search.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchQueryBuilderTest {

    private final SearchQueryBuilder builder = new SearchQueryBuilder();

    private static JsonNode json(SearchRequest request) {
        return JsonMapper.builder().build().readTree(JsonpUtils.toJsonString(request, new Jackson3JsonpMapper()));
    }

    private static SearchQuery query(String text, SearchFilters filters, ResultOrder order, SearchCursor cursor) {
        return new SearchQuery(text, filters, order, 20, cursor, HistogramInterval.DAY, 10);
    }

    @Test
    void freeTextIsPassedVerbatimToSimpleQueryString() {
        String hostile = "drones\" } }, \"script\": { \"source\": \"x\" } /.*/ ~5";

        JsonNode request = json(builder.claims("claims", query(hostile, null, null, null)));

        JsonNode text = request.at("/query/bool/must/0/simple_query_string");
        assertThat(text.get("query").asString()).isEqualTo(hostile);
        assertThat(text.get("lenient").asBoolean()).isTrue();
        assertThat(text.get("default_operator").asString()).isEqualToIgnoringCase("and");
        assertThat(text.get("flags").asString()).doesNotContain("FUZZY").doesNotContain("SLOP");
        assertThat(request.toString()).doesNotContain("\"script\":{");
    }

    @Test
    void blankTextMatchesEverythingThatPassesTheFilters() {
        JsonNode request = json(builder.claims("claims", query("  ", null, null, null)));

        assertThat(request.at("/query/bool/must").isMissingNode()).isTrue();
    }

    @Test
    void filtersBecomeTermsAndRangeFiltersOnClaimFields() {
        var filters = new SearchFilters(List.of("Hossein Amir-Abdollahian"), List.of(SpeakerKind.PERSON),
                List.of(ClaimType.DENIAL, ClaimType.ADMISSION), List.of(TrackingStatus.REVERSAL), List.of("Iran"),
                List.of("conflict"), List.of("Tehran Times"), List.of("en"),
                Instant.parse("2022-11-05T00:00:00Z"), Instant.parse("2022-11-06T00:00:00Z"));

        JsonNode filter = json(builder.claims("claims", query("drones", filters, null, null))).at("/query/bool/filter");

        List<String> fields = new ArrayList<>();
        filter.forEach(f -> f.path("terms").propertyNames().forEach(fields::add));
        assertThat(fields).containsExactly("speaker.name", "speaker.kind", "type", "tracking.status", "entities",
                "topics", "source", "language");
        assertThat(filter.get(2).at("/terms/type")).extracting(JsonNode::asString).containsExactly("DENIAL", "ADMISSION");
        JsonNode range = filter.get(8).at("/range/publishedAt");
        assertThat(range.get("gte").asString()).isEqualTo("2022-11-05T00:00:00Z");
        assertThat(range.get("lt").asString()).isEqualTo("2022-11-06T00:00:00Z");
    }

    @Test
    void articleFiltersUseArticleFields() {
        var filters = new SearchFilters(List.of("Jake Sullivan"), null, List.of(ClaimType.ALLEGATION), null, null,
                null, null, null, null, null);

        JsonNode filter = json(builder.articles("articles", query("", filters, null, null))).at("/query/bool/filter");

        assertThat(filter.get(0).at("/terms/speakers")).isNotEmpty();
        assertThat(filter.get(1).at("/terms/claimTypes")).isNotEmpty();
    }

    @Test
    void articlesCannotBeFilteredByTrackingStatus() {
        var filters = new SearchFilters(null, null, null, List.of(TrackingStatus.NEW), null, null, null, null, null,
                null);

        assertThatThrownBy(() -> builder.articles("articles", query("", filters, null, null)))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageContaining("tracking status");
    }

    @Test
    void everyOrderEndsWithTheIdSoPagesNeverSkipOrRepeatTies() {
        JsonNode relevance = json(builder.claims("claims", query("drones", null, ResultOrder.RELEVANCE, null)));
        JsonNode newest = json(builder.claims("claims", query("drones", null, ResultOrder.NEWEST, null)));

        assertThat(relevance.get("sort").toString()).startsWith("[{\"_score\"").endsWith("{\"id\":{\"order\":\"asc\"}}]");
        assertThat(newest.get("sort").get(0).at("/publishedAt/order").asString()).isEqualTo("desc");
        assertThat(newest.get("sort").get(0).at("/publishedAt/missing").asString()).isEqualTo("_last");
        assertThat(newest.get("sort")).hasSize(2);
    }

    @Test
    void cursorBecomesSearchAfter() {
        var cursor = new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(1667635200000L), FieldValue.of("c-1")));

        JsonNode request = json(builder.claims("claims", query("", null, ResultOrder.NEWEST, cursor)));

        assertThat(request.get("search_after").toString()).isEqualTo("[1667635200000,\"c-1\"]");
    }

    @Test
    void laterPagesNeitherRepeatFacetsNorCountAgainWhenTheCursorCarriesTheCount() {
        var counted = new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(1667635200000L), FieldValue.of("c-1")),
                5_000L);
        var uncounted = new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(1667635200000L), FieldValue.of("c-1")));

        JsonNode later = json(builder.claims("claims", query("drones", null, ResultOrder.NEWEST, counted)));
        JsonNode olderCursor = json(builder.claims("claims", query("drones", null, ResultOrder.NEWEST, uncounted)));

        assertThat(later.has("aggregations")).isFalse();
        assertThat(later.at("/track_total_hits").asBoolean()).isFalse();
        assertThat(olderCursor.has("aggregations")).isFalse();
        assertThat(olderCursor.at("/track_total_hits").asBoolean()).isTrue();
    }

    @Test
    void firstPagesMayBeAnsweredFromTheRequestCache() {
        SearchRequest first = builder.claims("claims", query("drones", null, null, null));
        var cursor = new SearchCursor(ResultOrder.RELEVANCE, List.of(FieldValue.of(1.5), FieldValue.of(1L),
                FieldValue.of("c-1")), 10L);
        SearchRequest later = builder.claims("claims", query("drones", null, null, cursor));

        assertThat(first.requestCache()).isTrue();
        assertThat(builder.claimFacets("claims", query("drones", null, null, null)).requestCache()).isTrue();
        assertThat(later.requestCache()).isNull();
    }

    @Test
    void facetsOfAQueryAreTheSameRequestWhateverTheOrderAndPageSize() {
        var relevance = new SearchQuery("drones", null, ResultOrder.RELEVANCE, 20, null, null, 10);
        var newest = new SearchQuery("drones", null, ResultOrder.NEWEST, 50, null, null, 10);

        assertThat(json(builder.claimFacets("claims", relevance))).isEqualTo(json(builder.claimFacets("claims", newest)));
    }

    @Test
    void withoutAChosenWidthTheHistogramFitsTheFilteredRange() {
        var week = new SearchFilters(null, null, null, null, null, null, null, null,
                Instant.parse("2022-11-01T00:00:00Z"), Instant.parse("2022-11-08T00:00:00Z"));
        var twoYears = new SearchFilters(null, null, null, null, null, null, null, null,
                Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2023-01-01T00:00:00Z"));

        assertThat(json(builder.claimFacets("claims", new SearchQuery("", week, null, 20, null, null, 10)))
                .at("/aggregations/dates/date_histogram/calendar_interval").asString()).isEqualTo("day");
        assertThat(json(builder.claimFacets("claims", new SearchQuery("", twoYears, null, 20, null, null, 10)))
                .at("/aggregations/dates/date_histogram/calendar_interval").asString()).isEqualTo("month");
    }

    @Test
    void firstPageOfClaimsAsksForSafeHighlightsWithoutCountingEveryMatch() {
        JsonNode request = json(builder.claims("claims", query("drones", null, null, null)));

        assertThat(request.has("aggregations")).isFalse();
        assertThat(request.at("/highlight/encoder").asString()).isEqualTo("html");
        assertThat(request.at("/highlight/pre_tags/0").asString()).isEqualTo("<mark>");
        assertThat(request.at("/_source/excludes/0").asString()).isEqualTo("embedding");
        assertThat(request.at("/track_total_hits").asBoolean()).isFalse();
    }

    @Test
    void claimFacetsAreCountedExactlyWithoutHits() {
        JsonNode request = json(builder.claimFacets("claims", query("drones", null, null, null)));

        assertThat(request.get("aggregations").propertyNames()).containsExactly("speakers", "speakerKinds", "types",
                "statuses", "entities", "topics", "sources", "languages", "dates");
        assertThat(request.at("/aggregations/dates/date_histogram/calendar_interval").asString()).isEqualTo("day");
        assertThat(request.at("/query/bool/must/0/simple_query_string/query").asString()).isEqualTo("drones");
        assertThat(request.get("size").asInt()).isZero();
        assertThat(request.has("highlight")).isFalse();
        assertThat(request.has("sort")).isFalse();
        assertThat(request.at("/track_total_hits").asBoolean()).isTrue();
    }

    @Test
    void hybridSimilaritySearchCombinesKnnWithFilteredKeywordRelevance() {
        var filters = new SearchFilters(null, null, List.of(ClaimType.DENIAL), null, null, null, null, null, null,
                null);
        float[] vector = new float[384];
        vector[0] = 1;

        JsonNode request = json(builder.similarClaims("claims", new SimilarQuery("Iran sent drones", 5, true, filters),
                vector));

        JsonNode knn = request.get("knn").get(0);
        assertThat(knn.get("field").asString()).isEqualTo("embedding");
        assertThat(knn.get("k").asInt()).isEqualTo(5);
        assertThat(knn.get("query_vector")).hasSize(384);
        assertThat(knn.at("/filter/0/terms/type/0").asString()).isEqualTo("DENIAL");
        assertThat(request.at("/query/bool/should/0/simple_query_string/query").asString()).isEqualTo("Iran sent drones");
        assertThat(request.at("/query/bool/filter/0/terms/type/0").asString()).isEqualTo("DENIAL");
        assertThat(request.at("/query/bool/minimum_should_match").asString()).isEqualTo("1");
        assertThat(request.get("size").asInt()).isEqualTo(5);
        assertThat(request.at("/track_total_hits").asBoolean()).isFalse();
    }

    @Test
    void semanticSimilaritySearchIsKnnOnly() {
        JsonNode request = json(builder.similarClaims("claims", new SimilarQuery("Iran sent drones", 5, false, null),
                new float[384]));

        assertThat(request.has("query")).isFalse();
        assertThat(request.has("knn")).isTrue();
    }
}
