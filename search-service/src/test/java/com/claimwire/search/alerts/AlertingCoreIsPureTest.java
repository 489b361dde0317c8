package com.claimwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules, matching, deduplication and signing stay plain Java (and Lucene): no Spring, Kafka or Elasticsearch. */
class AlertingCoreIsPureTest {

    private static final List<String> CORE = List.of("AlertRule", "InvalidAlertRuleException", "RoleVocabulary",
            "ClaimFields", "RuleCompiler", "RuleMatcher", "AlertWindow", "AlertLedger", "WebhookSignature", "SecretCipher",
            "RetrySchedule", "WebhookTargetPolicy", "PublicAddressesOnly", "WebhookClient");
    private static final List<String> FRAMEWORKS = List.of("import org.springframework", "import org.apache.kafka",
            "import co.elastic", "import tools.jackson", "import jakarta");

    @Test
    void coreClassesImportNoFramework() throws IOException {
        Path sources = Path.of("src/main/java/com/claimwire/search/alerts");
        for (String name : CORE) {
            String source = Files.readString(sources.resolve(name + ".java"));
            assertThat(FRAMEWORKS).as(name).noneMatch(source::contains);
        }
    }
}
