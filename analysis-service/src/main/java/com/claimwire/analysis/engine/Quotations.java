package com.claimwire.analysis.engine;

import com.claimwire.analysis.claims.Attribution;
import com.claimwire.analysis.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the quoted sentences of one speaker into claims. At {@link ClaimGranularity#QUOTATION} a whole quotation is
 * one claim. At {@link ClaimGranularity#SENTENCE} each sentence that states something on its own is a claim, and a
 * sentence that does not joins the claim before it: one that opens with a connective ("But …", "Because …") or with a
 * word pointing back at what was just said ("That is why …", "It makes no sense."), a question, or a fragment of
 * one or two words ("Absolutely."). Each of those continues the proposition of the sentence before; alone, it claims nothing a reader
 * could check.
 */
final class Quotations {

    /** Fewer words than this and a sentence is a fragment ("Absolutely.", "Never again."). */
    private static final int FRAGMENT_WORDS = 3;

    private static final Set<String> CONNECTIVES = Set.of("and", "but", "so", "or", "nor", "because", "yet", "then",
            "also", "plus", "now", "still", "even", "instead", "otherwise", "therefore", "however");

    /**
     * Words that point back at the statement or the thing just mentioned, not at a person; a sentence opening with
     * one cannot be checked without the sentence before it. Personal pronouns are left out: "he" or "they" name
     * someone the reader can look up, and the sentence makes a claim about them.
     */
    private static final Set<String> BACK_REFERENCES = Set.of("it", "that", "this", "these", "those", "it's", "that's");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Quotations() {
    }

    /** {@code sentences}, in order, with the sentences of one quotation joined as {@code granularity} asks. */
    static List<Attribution> join(TextDocument doc, List<Attribution> sentences, ClaimGranularity granularity) {
        List<Attribution> joined = new ArrayList<>(sentences.size());
        for (Attribution a : sentences) {
            if (!joined.isEmpty()) {
                Attribution last = joined.get(joined.size() - 1);
                if (sameQuotation(doc, last, a) && (granularity == ClaimGranularity.QUOTATION
                        || continuesTheSentenceBefore(doc.body().substring(a.start(), a.end())))) {
                    joined.set(joined.size() - 1, extend(last, a));
                    continue;
                }
            }
            joined.add(a);
        }
        return joined;
    }

    /** Whether the quoted {@code sentence} only continues the one before it (see the class comment). */
    static boolean continuesTheSentenceBefore(String sentence) {
        Matcher words = WORD.matcher(sentence);
        int count = 0;
        String first = null;
        while (words.find() && count < FRAGMENT_WORDS) {
            if (first == null) {
                first = words.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            }
            count++;
        }
        if (first == null) {
            return true;
        }
        return count < FRAGMENT_WORDS || CONNECTIVES.contains(first) || BACK_REFERENCES.contains(first)
                || isQuestion(sentence);
    }

    private static boolean isQuestion(String sentence) {
        for (int i = sentence.length() - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if (c == '?') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** Two direct sentences of the same speaker mention in one paragraph, the second after the first. */
    private static boolean sameQuotation(TextDocument doc, Attribution last, Attribution next) {
        return next.direct() && last.direct() && next.hasSpeakerMention() && next.speakerStart() == last.speakerStart()
                && next.speakerEnd() == last.speakerEnd() && next.start() >= last.end()
                && doc.paragraphAt(next.start()) == doc.paragraphAt(last.start());
    }

    private static Attribution extend(Attribution last, Attribution next) {
        boolean lastCue = last.hasCue();
        return new Attribution(last.start(), next.end(), lastCue ? last.cueStart() : next.cueStart(),
                lastCue ? last.cueEnd() : next.cueEnd(), last.speakerStart(), last.speakerEnd(), true,
                last.sentenceStart(), next.sentenceEnd());
    }
}
