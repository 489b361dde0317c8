package com.claimwire.search.search;

import com.claimwire.contracts.ClaimType;
import com.claimwire.contracts.SpeakerKind;
import com.claimwire.contracts.TrackingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Keyword search over articles and claims, and semantic search over claims. */
@RestController
@RequestMapping("/api")
@Tag(name = "Search", description = "Search coverage by article and by claim")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /**
     * Filters shared by every search; repeat a parameter for alternatives ({@code type=DENIAL&type=ADMISSION}).
     */
    record FilterParameters(
            @Parameter(description = "Speaker's canonical name") List<String> speaker,
            @Parameter(description = "PERSON, ORGANIZATION, GOVERNMENT or UNNAMED") List<String> speakerKind,
            @Parameter(description = "ASSERTION, DENIAL, ALLEGATION, ADMISSION or COMMITMENT") List<String> type,
            @Parameter(description = "Tracking status: NEW, REPEATED, REVERSAL or DISPUTED (claims only)") List<String> status,
            @Parameter(description = "Canonical entity name") List<String> entity,
            @Parameter(description = "Topic code") List<String> topic,
            @Parameter(description = "Outlet") List<String> source,
            @Parameter(description = "ISO 639-1 language code") List<String> language,
            @Parameter(description = "Published on or after: a date (UTC) or an ISO-8601 date-time") String from,
            @Parameter(description = "Published on or before a date (UTC, whole day), or before a date-time") String to) {

        SearchFilters toFilters() {
            return new SearchFilters(speaker,
                    RequestParameters.enumValues("speakerKind", speakerKind, SpeakerKind.class),
                    RequestParameters.enumValues("type", type, ClaimType.class),
                    RequestParameters.enumValues("status", status, TrackingStatus.class),
                    entity, topic, source, language,
                    RequestParameters.from(from), RequestParameters.to(to));
        }
    }

    /** Paging, ordering and facet options of keyword search. */
    record PageParameters(
            @Parameter(description = "Free text; simple query syntax: \"phrase\", -exclude, a | b, prefix*") String q,
            @Parameter(description = "RELEVANCE (default) or NEWEST") String sort,
            @Parameter(description = "Hits per page, 1-100 (default 20)") Integer size,
            @Parameter(description = "nextCursor of the previous page") String cursor,
            @Parameter(description = "Date histogram bucket: HOUR, DAY, WEEK, MONTH or YEAR; by default the finest "
                    + "that draws the searched date range (or the indexed dates) in about 100 bars") String interval,
            @Parameter(description = "Values per facet, 1-100 (default 10)") Integer facetSize) {

        SearchQuery toQuery(SearchFilters filters) {
            return new SearchQuery(q, filters, RequestParameters.enumValue("sort", sort, ResultOrder.class),
                    size == null ? 20 : size, RequestParameters.cursor(cursor),
                    RequestParameters.enumValue("interval", interval, HistogramInterval.class),
                    facetSize == null ? 10 : facetSize);
        }
    }

    @GetMapping("/claims/search")
    @Operation(summary = "Search claims", description = "Free text over claim text, speaker and headline, with "
            + "filters, facets, a publication-date histogram and cursor pagination.")
    SearchPage<ClaimHit> searchClaims(@ParameterObject @ModelAttribute PageParameters page,
            @ParameterObject @ModelAttribute FilterParameters filters) {
        return search.claims(page.toQuery(filters.toFilters()));
    }

    @GetMapping("/articles/search")
    @Operation(summary = "Search articles", description = "Free text over headline and body, with filters, facets, "
            + "a publication-date histogram and cursor pagination.")
    SearchPage<ArticleHit> searchArticles(@ParameterObject @ModelAttribute PageParameters page,
            @ParameterObject @ModelAttribute FilterParameters filters) {
        return search.articles(page.toQuery(filters.toFilters()));
    }

    @GetMapping("/claims/similar")
    @Operation(summary = "Find claims like a sentence", description = "Nearest claims by sentence embedding "
            + "(all-MiniLM-L6-v2), optionally blended with keyword relevance.")
    SearchPage<ClaimHit> similarClaims(
            @Parameter(description = "The sentence to match", required = true) @RequestParam(required = false) String text,
            @Parameter(description = "How many claims, 1-100 (default 10)") @RequestParam(defaultValue = "10") int k,
            @Parameter(description = "HYBRID (default: similarity plus keywords) or SEMANTIC (similarity only)")
            @RequestParam(required = false) String mode,
            @ParameterObject @ModelAttribute FilterParameters filters) {
        SimilarityMode similarity = RequestParameters.enumValue("mode", mode, SimilarityMode.class);
        return search.similarClaims(new SimilarQuery(text, k, similarity != SimilarityMode.SEMANTIC,
                filters.toFilters()));
    }

    /** How semantic claim search scores. */
    enum SimilarityMode {
        HYBRID,
        SEMANTIC
    }
}
