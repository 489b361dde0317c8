package com.claimwire.search.alerts;

import java.util.List;

/** An alert rule that cannot be compiled or matched, with every problem found. */
public class InvalidAlertRuleException extends RuntimeException {

    private final List<String> problems;

    public InvalidAlertRuleException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
