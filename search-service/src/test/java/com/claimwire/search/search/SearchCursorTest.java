package com.claimwire.search.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void sortValuesSurviveTheRoundTrip() {
        var cursor = new SearchCursor(ResultOrder.RELEVANCE, List.of(FieldValue.of(3.25), FieldValue.of(1667635200000L),
                FieldValue.of("article-1-c0123456789abcdef"), FieldValue.NULL));

        var decoded = SearchCursor.decode(cursor.encode());

        assertThat(decoded.order()).isEqualTo(ResultOrder.RELEVANCE);
        assertThat(decoded.after()).extracting(FieldValue::_get)
                .containsExactly(3.25, 1667635200000L, "article-1-c0123456789abcdef", null);
    }

    @Test
    void theFirstPagesCountTravelsWithTheCursor() {
        var cursor = new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(1L), FieldValue.of("a")), 12_345L);

        assertThat(SearchCursor.decode(cursor.encode()).total()).isEqualTo(12_345L);
        assertThat(SearchCursor.decode(new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(1L))).encode())
                .total()).isNull();
    }

    @Test
    void extremeLongsStayLongs() {
        var cursor = new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(Long.MIN_VALUE), FieldValue.of("x")));

        assertThat(SearchCursor.decode(cursor.encode()).after().get(0).longValue()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void encodedCursorIsUrlSafe() {
        var cursor = new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of("ä/?&=+ id")));

        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void garbageIsAnInvalidCursor() {
        assertThatThrownBy(() -> SearchCursor.decode("not a cursor!"))
                .isInstanceOf(InvalidSearchRequestException.class)
                .extracting(e -> ((InvalidSearchRequestException) e).parameter()).isEqualTo("cursor");
    }

    @Test
    void wellFormedJsonOfTheWrongShapeIsAnInvalidCursor() {
        for (String json : List.of("{}", "[]", "{\"o\":\"NEWEST\",\"a\":[]}", "{\"o\":\"SIDEWAYS\",\"a\":[1]}",
                "{\"o\":\"NEWEST\",\"a\":[{\"script\":\"x\"}]}", "{\"o\":\"NEWEST\",\"a\":[1],\"t\":-1}",
                "{\"o\":\"NEWEST\",\"a\":[1],\"t\":\"many\"}")) {
            String token = Base64.getUrlEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> SearchCursor.decode(token)).as(json)
                    .isInstanceOf(InvalidSearchRequestException.class);
        }
    }

    @Test
    void cursorOfAnotherOrderIsRejected() {
        var newest = new SearchCursor(ResultOrder.NEWEST, List.of(FieldValue.of(1L), FieldValue.of("a")));

        assertThatThrownBy(() -> new SearchQuery("drones", null, ResultOrder.RELEVANCE, 10, newest, null, 10))
                .isInstanceOf(InvalidSearchRequestException.class)
                .hasMessageContaining("NEWEST");
    }
}
