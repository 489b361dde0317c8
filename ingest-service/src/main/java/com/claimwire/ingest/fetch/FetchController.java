package com.claimwire.ingest.fetch;

import com.claimwire.ingest.articles.FieldError;
import com.claimwire.ingest.articles.IntakeResult;
import com.claimwire.ingest.web.ProblemTypes;
import com.claimwire.ingest.web.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/fetch {"url"}}: fetch one page, extract its article and take it in. */
@RestController
class FetchController {

    private final PageIngestion pages;

    FetchController(PageIngestion pages) {
        this.pages = pages;
    }

    @PostMapping(path = "/api/fetch", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntakeResult> fetch(@RequestBody JsonNode request) {
        JsonNode url = request.get("url");
        if (url == null || !url.isString() || url.stringValue().isBlank()) {
            throw Problems.invalid("the request must name the page to fetch",
                    List.of(new FieldError("url", "is required and must be a string")));
        }
        try {
            return ResponseEntity.accepted().body(pages.ingest(url.stringValue(), PageHints.none()));
        } catch (FetchException e) {
            throw switch (e.reason()) {
                case INVALID_URL -> Problems.invalid(e.getMessage(), List.of(new FieldError("url", e.getMessage())));
                case REFUSED_ADDRESS, ROBOTS_DISALLOWED ->
                        Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.FETCH_REFUSED, e.getMessage());
                case TIMEOUT -> Problems.of(HttpStatus.GATEWAY_TIMEOUT, ProblemTypes.FETCH_FAILED, e.getMessage());
                default -> Problems.of(HttpStatus.BAD_GATEWAY, ProblemTypes.FETCH_FAILED, e.getMessage());
            };
        } catch (UnusablePageException e) {
            throw Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.FETCH_FAILED, e.getMessage());
        }
    }
}
