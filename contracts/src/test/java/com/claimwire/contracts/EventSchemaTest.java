package com.claimwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas published with the contracts describe what the codec really writes. */
class EventSchemaTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final Map<Topic<?>, Event> SAMPLES = Map.of(
            Topics.RAW_ARTICLES, SampleEvents.articleReceived(),
            Topics.ENRICHED_ARTICLES, SampleEvents.articleAnalyzed(),
            Topics.CLAIMS, SampleEvents.claimExtracted(),
            Topics.FEEDS, SampleEvents.feedRegistered(),
            Topics.TRACKED_CLAIMS, SampleEvents.claimTracked(),
            Topics.ALERT_RULES, SampleEvents.alertRuleChanged(),
            Topics.ALERTS, SampleEvents.alertRaised());

    static List<Topic<?>> topics() {
        return Topics.all();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void everyTopicHasASchemaThatItsEventsSatisfy(Topic<?> topic) {
        Event sample = SAMPLES.get(topic);
        assertThat(sample).as("a sample event for %s", topic.name()).isNotNull();

        List<Error> errors = schema(topic).validate(json(sample), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void theSchemaRejectsAnotherSchemaVersion(Topic<?> topic) {
        String json = json(SAMPLES.get(topic)).replace("\"schemaVersion\":" + topic.schemaVersion(), "\"schemaVersion\":99");

        assertThat(schema(topic).validate(json, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void aVersionOneRuleChangeStillOnTheCompactedTopicSatisfiesTheVersionOneSchema() {
        Schema versionOne = REGISTRY.getSchema(SchemaLocation.of("classpath:schemas/alert-rule-changed.v1.schema.json"));

        assertThat(versionOne.validate(EventCodecTest.VERSION_1_RULE_CHANGE, InputFormat.JSON)).isEmpty();
    }

    private static Schema schema(Topic<?> topic) {
        return REGISTRY.getSchema(SchemaLocation.of("classpath:" + topic.schemaResource()));
    }

    private static String json(Event event) {
        return new String(EventCodec.encode(event), StandardCharsets.UTF_8);
    }
}
