package com.claimwire.search.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Search failures as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = SearchController.class)
class SearchExceptionHandler {

    @ExceptionHandler(InvalidSearchRequestException.class)
    ProblemDetail invalidRequest(InvalidSearchRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid search request");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ProblemDetail unavailable(SearchUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Search unavailable");
        return problem;
    }
}
