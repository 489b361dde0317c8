package com.claimwire.analysis.engine;

/**
 * What one claim spans. The product reports one claim per sentence, so that a long quote yields several
 * claims with the same speaker; corpora annotated by attribution (PolNeAR) count a whole quotation as one.
 */
public enum ClaimGranularity {

    /**
     * One claim per sentence, or the part of it that is the content; a quoted sentence that does not stand on its
     * own ("But that is wrong.", "Absolutely.") stays with the sentence before it.
     */
    SENTENCE,

    /**
     * One claim per quotation: the consecutive quoted sentences of one speaker in one paragraph, with the
     * attribution that interrupts them ("…," he said. "…") inside the span.
     */
    QUOTATION
}
