package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRuleValidationTest {

    private final RuleCompiler compiler = new RuleCompiler(ClaimFields.analyzer());

    @Test
    void aRuleWithoutQueryOrConditionIsRejectedBecauseItWouldMatchEverything() {
        assertThatThrownBy(() -> compiler.compile(Rules.rule("r", "  ", Rules.conditions())))
                .isInstanceOf(InvalidAlertRuleException.class)
                .hasMessageContaining("needs a query or at least one condition");
    }

    @Test
    void aQueryOfOnlyStopWordsIsRejected() {
        assertThatThrownBy(() -> compiler.compile(Rules.rule("r", "the of and", Rules.conditions())))
                .hasMessageContaining("has no searchable terms");
    }

    @Test
    void aQueryThatOnlyExcludesIsRejectedWithoutAConditionToNarrowIt() {
        assertThatThrownBy(() -> compiler.compile(Rules.rule("r", "-drones", Rules.conditions())))
                .hasMessageContaining("only excludes terms");
        assertThat(compiler.compile(Rules.rule("r", "-drones", new AlertRule.Conditions(List.of("Jane Doe"),
                null, null, null, null, null, null, null, null)))).isNotNull();
    }

    @Test
    void everyProblemIsNamed() {
        var rule = new AlertRule("r", 1, "", null, new AlertRule.Conditions(List.of(" "), null, null, null, null,
                null, null, null, List.of("english")), new AlertRule.Webhook(URI.create("ftp://host/x"), "short"));

        assertThat(rule.problems()).containsExactly(
                "name is missing",
                "conditions.speakers contains a blank value",
                "conditions.languages: 'english' is not an ISO 639 language code",
                "webhook.url must be an absolute http or https URL with a host",
                "webhook.secret must be at least 16 characters");
    }

    @Test
    void theIssuesExamplesAreValid() {
        for (AlertRule rule : List.of(Rules.reversalsByLeaders(), Rules.denialsOrAdmissionsAboutIranianDrones(),
                Rules.newSanctionClaimsFromUnnamedOfficials())) {
            assertThat(compiler.compile(rule)).as(rule.name()).isNotNull();
        }
    }

    @Test
    void theWebhookSecretNeverAppearsInLogs() {
        assertThat(new AlertRule.Webhook(URI.create("https://example.org/h"), "0123456789abcdef-secret").toString())
                .doesNotContain("secret-");
    }
}
