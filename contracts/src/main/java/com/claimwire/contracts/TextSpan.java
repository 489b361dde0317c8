package com.claimwire.contracts;

/**
 * A piece of an article body: its text and its Java {@code String} offsets into the body, end exclusive.
 */
public record TextSpan(String text, int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code body} between the offsets, with its text taken from the body. */
    public static TextSpan of(String body, int start, int end) {
        return new TextSpan(body.substring(start, end), start, end);
    }
}
