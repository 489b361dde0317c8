package com.claimwire.search.alerts;

import com.claimwire.contracts.AlertConditions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A saved alert: which tracked claims it watches and where its alerts go. Alerts always go to the server-sent
 * event stream; a webhook is optional.
 *
 * @param id stable rule id
 * @param revision increases with every change
 * @param name what the rule watches, for people
 * @param query free text in simple query syntax over the claim, its article title, entities and speaker, or
 *     {@code null}; every term must occur unless {@code |} says otherwise
 * @param conditions structured conditions on claim fields, all of which must hold; a speaker-role phrase such as
 *     "head of state" also matches the roles it stands for (see {@link RoleVocabulary})
 * @param webhook where alerts are also POSTed, or {@code null}
 */
public record AlertRule(String id, long revision, String name, String query, AlertConditions conditions,
        Webhook webhook) {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_QUERY_LENGTH = 1_000;
    static final int MAX_VALUES = 100;
    static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public AlertRule {
        conditions = conditions == null ? AlertConditions.NONE : conditions;
        query = query == null || query.isBlank() ? null : query.strip();
    }

    /**
     * Where alerts are POSTed. The secret is held sealed (see {@link SecretCipher}) and only opened to sign a delivery.
     *
     * @param url an absolute http(s) URL
     * @param sealedSecret the key alerts are signed with (HMAC-SHA256), sealed
     */
    public record Webhook(URI url, String sealedSecret) {

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", secret=(sealed)]";
        }
    }

    /** What is wrong with this rule, one sentence per problem; empty when it can be compiled and matched. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("name is missing");
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add("name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (query == null && conditions.isEmpty()) {
            problems.add("a rule needs a query or at least one condition, else it would alert on every claim");
        }
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            problems.add("query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        checkValues(problems, "conditions.speakers", conditions.speakers());
        checkValues(problems, "conditions.speakerRoles", conditions.speakerRoles());
        checkValues(problems, "conditions.entities", conditions.entities());
        checkValues(problems, "conditions.topics", conditions.topics());
        checkValues(problems, "conditions.sources", conditions.sources());
        checkValues(problems, "conditions.languages", conditions.languages());
        for (String language : conditions.languages()) {
            if (!LANGUAGE.matcher(language.strip().toLowerCase(Locale.ROOT)).matches()) {
                problems.add("conditions.languages: '" + language + "' is not an ISO 639 language code");
            }
        }
        if (webhook != null) {
            checkWebhook(problems, webhook);
        }
        return problems;
    }

    private static void checkValues(List<String> problems, String field, List<String> values) {
        if (values.size() > MAX_VALUES) {
            problems.add(field + " has more than " + MAX_VALUES + " values");
        }
        for (String value : values) {
            if (value.isBlank()) {
                problems.add(field + " contains a blank value");
            } else if (value.length() > MAX_VALUE_LENGTH) {
                problems.add(field + " contains a value longer than " + MAX_VALUE_LENGTH + " characters");
            }
        }
    }

    private static void checkWebhook(List<String> problems, Webhook webhook) {
        URI url = webhook.url();
        if (url == null) {
            problems.add("webhook.url is missing");
        } else if (!url.isAbsolute() || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))
                || url.getHost() == null) {
            problems.add("webhook.url must be an absolute http or https URL with a host");
        } else if (url.getUserInfo() != null) {
            problems.add("webhook.url must not carry credentials");
        }
        if (webhook.sealedSecret() == null || webhook.sealedSecret().isBlank()) {
            problems.add("webhook.secret is missing");
        }
    }
}
