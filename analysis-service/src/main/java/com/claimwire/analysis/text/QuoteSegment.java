package com.claimwire.analysis.text;

/**
 * The inside of one quotation within a paragraph.
 *
 * @param open offset of the opening mark, or -1 when the quote has none (recovered from a closing mark)
 * @param start offset of the quoted text
 * @param end end offset (exclusive) of the quoted text
 * @param close offset of the closing mark, or -1 when the paragraph ends inside the quote
 * @param after offset just after the closing mark, or {@code end} when there is none
 * @param paragraph index of the paragraph
 * @param chain quotes that continue one another across paragraphs share a chain number
 */
public record QuoteSegment(int open, int start, int end, int close, int after, int paragraph, int chain) {

    public boolean closed() {
        return close >= 0;
    }
}
