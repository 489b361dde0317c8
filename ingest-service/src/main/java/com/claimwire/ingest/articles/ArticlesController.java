package com.claimwire.ingest.articles;

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

/** {@code POST /api/articles}: publishers push one article or a batch. */
@RestController
class ArticlesController {

    private final ArticleSubmissionReader reader;
    private final ArticleIntake intake;
    private final IntakeMetrics metrics;
    private final ArticleLimits limits;

    ArticlesController(ArticleLimits limits, ArticleIntake intake, IntakeMetrics metrics) {
        this.reader = new ArticleSubmissionReader(limits);
        this.intake = intake;
        this.metrics = metrics;
        this.limits = limits;
    }

    @PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntakeResponse> submit(@RequestBody JsonNode request) {
        if (request.isArray() && request.size() > limits.maxBatchSize()) {
            throw Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "batch of " + request.size()
                    + " articles exceeds the limit of " + limits.maxBatchSize() + " per request");
        }
        ArticleSubmissionReader.Result read = reader.readRequest(request);
        if (!read.isValid()) {
            metrics.rejected(rejectedArticles(read.errors()));
            throw Problems.invalid(read.errors().size() + " invalid field(s); nothing in this request was taken in",
                    read.errors());
        }
        return ResponseEntity.accepted().body(IntakeResponse.of(intake.accept(read.articles())));
    }

    /** How many articles the errors concern: fields of a batch are prefixed with the article's index. */
    private static int rejectedArticles(List<FieldError> errors) {
        return (int) Math.max(1, errors.stream()
                .map(FieldError::field)
                .filter(field -> field.startsWith("["))
                .map(field -> field.substring(0, field.indexOf(']') + 1))
                .distinct()
                .count());
    }

    /**
     * The answer to a push.
     *
     * @param ids the article ids, in request order
     * @param accepted how many were published (new or updated)
     * @param duplicates how many were already published unchanged
     * @param items what happened to each article, in request order
     */
    record IntakeResponse(List<String> ids, int accepted, int duplicates, List<IntakeResult> items) {

        static IntakeResponse of(List<IntakeResult> items) {
            int duplicates = (int) items.stream().filter(item -> IntakeResult.DUPLICATE.equals(item.status())).count();
            return new IntakeResponse(items.stream().map(IntakeResult::id).toList(), items.size() - duplicates,
                    duplicates, items);
        }
    }
}
