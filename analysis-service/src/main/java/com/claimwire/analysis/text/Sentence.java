package com.claimwire.analysis.text;

/**
 * A sentence of a document: character offsets into the body (end exclusive), the paragraph it belongs to
 * and its tokens {@code [firstToken, endToken)}.
 */
public record Sentence(int start, int end, int paragraph, int firstToken, int endToken) {
}
