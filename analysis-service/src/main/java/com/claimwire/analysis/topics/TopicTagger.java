package com.claimwire.analysis.topics;

import java.util.List;

/** Tags text with codes from Claimwire's small, documented topic taxonomy. */
public interface TopicTagger {

    /** The topic codes of {@code text}, most relevant first; empty when none applies. */
    List<String> tag(String text);
}
