package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimwire.contracts.AlertConditions;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertRuleValidationTest {

    private static final SecretCipher CIPHER = SecretCipher.fromBase64(AlertsProperties.DEVELOPMENT_SECRET_KEY);

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
        assertThat(compiler.compile(Rules.rule("r", "-drones", new AlertConditions(List.of("Jane Doe"),
                null, null, null, null, null, null, null, null)))).isNotNull();
    }

    @Test
    void everyProblemIsNamed() {
        var request = new RuleRequest("", null, new AlertConditions(List.of(" "), null, null, null, null,
                null, null, null, List.of("english")), new RuleRequest.Webhook(URI.create("ftp://host/x"), "short"));

        assertThatThrownBy(() -> request.toRule("r", 1, CIPHER)).isInstanceOfSatisfying(InvalidAlertRuleException.class,
                refused -> assertThat(refused.problems()).containsExactly(
                        "name is missing",
                        "conditions.speakers contains a blank value",
                        "conditions.languages: 'english' is not an ISO 639 language code",
                        "webhook.url must be an absolute http or https URL with a host",
                        "webhook.secret must be at least 16 characters"));
    }

    @Test
    void aRequestedWebhookSecretIsHeldSealedAndOpensForItsRuleOnly() {
        var request = new RuleRequest("Drones", "drones", null,
                new RuleRequest.Webhook(URI.create("https://example.org/h"), "0123456789abcdef-secret"));

        AlertRule rule = request.toRule("r", 1, CIPHER);

        assertThat(rule.webhook().sealedSecret()).startsWith(SecretCipher.PREFIX).doesNotContain("secret");
        assertThat(CIPHER.open("r", rule.webhook().sealedSecret())).isEqualTo("0123456789abcdef-secret");
        assertThatThrownBy(() -> CIPHER.open("another-rule", rule.webhook().sealedSecret()))
                .isInstanceOf(SecretCipher.UnreadableSecretException.class);
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
        assertThat(new RuleRequest.Webhook(URI.create("https://example.org/h"), "0123456789abcdef-secret").toString())
                .doesNotContain("secret-");
        String sealed = CIPHER.seal("r", "0123456789abcdef-secret");
        assertThat(new AlertRule.Webhook(URI.create("https://example.org/h"), sealed).toString()).doesNotContain(sealed);
    }
}
