package com.claimwire.search.alerts;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Alerting failures as RFC 9457 problem details; before the generic handler, so that the detail names the problem. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {AlertRuleController.class, AlertController.class})
class AlertExceptionHandler {

    @ExceptionHandler(InvalidAlertRuleException.class)
    ProblemDetail invalidRule(InvalidAlertRuleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid alert rule");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is not a valid alert rule: "
                        + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        problem.setTitle("Invalid alert rule");
        return problem;
    }

    @ExceptionHandler({InvalidAlertRequestException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail invalidRequest(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid alerting request");
        return problem;
    }

    @ExceptionHandler({AlertingUnavailableException.class, IOException.class, ElasticsearchException.class})
    ProblemDetail unavailable(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "alerting storage is unavailable, try again: " + e.getMessage());
        problem.setTitle("Alerting unavailable");
        return problem;
    }
}
