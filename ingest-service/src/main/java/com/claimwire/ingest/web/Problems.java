package com.claimwire.ingest.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problem details (RFC 9457) for controllers to throw; {@link ProblemResponses} writes them. */
public final class Problems {

    private Problems() {
    }

    public static ErrorResponseException of(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return new ErrorResponseException(status, problem, null);
    }

    /** 400 naming every bad field in an {@code errors} list of {@code {field, message}}. */
    public static ErrorResponseException invalid(String detail, List<?> errors) {
        ErrorResponseException invalid = of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_ARTICLES, detail);
        invalid.getBody().setProperty("errors", errors);
        return invalid;
    }
}
