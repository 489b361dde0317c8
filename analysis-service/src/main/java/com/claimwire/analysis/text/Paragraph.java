package com.claimwire.analysis.text;

/** A paragraph (a run of non-empty lines between line breaks): offsets into the body, end exclusive. */
public record Paragraph(int start, int end) {
}
