package com.claimwire.search.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a page of results ended: the sort values of its last hit, for {@code search_after}. Opaque to clients
 * (URL-safe Base64 of a small JSON document), and checked on the way in, so a tampered cursor is a 400 and never
 * reaches Elasticsearch as anything but plain values.
 *
 * @param order the order the values belong to
 * @param after the sort values of the last hit (strings, longs, doubles or nulls)
 * @param total how many documents the first page counted, so later pages need not count again; {@code null} in
 *     a cursor that does not carry it
 */
public record SearchCursor(ResultOrder order, List<FieldValue> after, Long total) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ENCODED_LENGTH = 2_048;

    public SearchCursor {
        after = List.copyOf(after);
    }

    /** A cursor that leaves counting to the next page. */
    public SearchCursor(ResultOrder order, List<FieldValue> after) {
        this(order, after, null);
    }

    /** The cursor as a URL-safe token. */
    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("o", order.name());
        if (total != null) {
            node.put("t", total);
        }
        ArrayNode values = node.putArray("a");
        for (FieldValue value : after) {
            switch (value._kind()) {
                case Long -> values.add(value.longValue());
                case Double -> values.add(value.doubleValue());
                case String -> values.add(value.stringValue());
                case Boolean -> values.add(value.booleanValue());
                case Null -> values.addNull();
                default -> throw new IllegalArgumentException("unsupported sort value " + value);
            }
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor in {@code token}.
     *
     * @throws InvalidSearchRequestException when the token is not a cursor this service issued
     */
    public static SearchCursor decode(String token) {
        if (token.length() > MAX_ENCODED_LENGTH) {
            throw invalid();
        }
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(token));
            JsonNode order = node.get("o");
            JsonNode values = node.get("a");
            JsonNode total = node.get("t");
            if (order == null || !order.isString() || values == null || !values.isArray() || values.isEmpty()
                    || total != null && !(total.isIntegralNumber() && total.canConvertToLong() && total.longValue() >= 0)) {
                throw invalid();
            }
            List<FieldValue> after = new ArrayList<>(values.size());
            for (JsonNode value : values) {
                after.add(fieldValue(value));
            }
            return new SearchCursor(ResultOrder.valueOf(order.asString()), after,
                    total == null ? null : total.longValue());
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid();
        }
    }

    private static FieldValue fieldValue(JsonNode value) {
        if (value.isNull()) {
            return FieldValue.NULL;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return FieldValue.of(value.longValue());
        }
        if (value.isNumber()) {
            return FieldValue.of(value.doubleValue());
        }
        if (value.isString()) {
            return FieldValue.of(value.asString());
        }
        if (value.isBoolean()) {
            return FieldValue.of(value.booleanValue());
        }
        throw invalid();
    }

    private static InvalidSearchRequestException invalid() {
        return new InvalidSearchRequestException("cursor", "cursor is not valid; use the nextCursor of a previous page");
    }
}
