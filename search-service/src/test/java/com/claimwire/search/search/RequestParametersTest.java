package com.claimwire.search.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.claimwire.contracts.ClaimType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestParametersTest {

    @Test
    void enumValuesIgnoreLetterCase() {
        assertThat(RequestParameters.enumValues("type", List.of("denial", "Admission"), ClaimType.class))
                .containsExactly(ClaimType.DENIAL, ClaimType.ADMISSION);
    }

    @Test
    void unknownEnumValueNamesTheParameterAndTheChoices() {
        assertThatThrownBy(() -> RequestParameters.enumValue("type", "rumour", ClaimType.class))
                .isInstanceOf(InvalidSearchRequestException.class)
                .hasMessageContaining("type 'rumour'")
                .hasMessageContaining("ASSERTION, DENIAL, ALLEGATION, ADMISSION, COMMITMENT");
    }

    @Test
    void aDateRangeIncludesTheWholeLastDay() {
        assertThat(RequestParameters.from("2022-11-05")).isEqualTo(Instant.parse("2022-11-05T00:00:00Z"));
        assertThat(RequestParameters.to("2022-11-05")).isEqualTo(Instant.parse("2022-11-06T00:00:00Z"));
    }

    @Test
    void dateTimesAreTakenAsGiven() {
        assertThat(RequestParameters.from("2022-11-05T10:15:00+01:00")).isEqualTo(Instant.parse("2022-11-05T09:15:00Z"));
    }

    @Test
    void malformedDateIsRejected() {
        assertThatThrownBy(() -> RequestParameters.to("yesterday"))
                .isInstanceOf(InvalidSearchRequestException.class)
                .hasMessageContaining("to 'yesterday'");
    }

    @Test
    void emptyRangeIsRejected() {
        assertThatThrownBy(() -> new SearchFilters(null, null, null, null, null, null, null, null,
                Instant.parse("2022-11-06T00:00:00Z"), Instant.parse("2022-11-05T00:00:00Z")))
                .isInstanceOf(InvalidSearchRequestException.class);
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> new SearchQuery("", null, null, 0, null, null, 10))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> new SearchQuery("", null, null, 101, null, null, 10))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageContaining("size");
    }

    @Test
    void similarSearchNeedsText() {
        assertThatThrownBy(() -> new SimilarQuery("  ", 10, true, null))
                .isInstanceOf(InvalidSearchRequestException.class).hasMessageContaining("text");
    }
}
