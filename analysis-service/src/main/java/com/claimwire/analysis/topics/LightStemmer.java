package com.claimwire.analysis.topics;

/**
 * A light English suffix stripper in the spirit of Porter's first step: it folds plurals and -ed/-ing forms
 * onto one stem ("drones", "drone" → "dron"; "sanctioned" → "sanction"; "policies", "policy" → "polici")
 * and leaves derivations alone ("election" and "elect" stay apart). Stems are lookup keys, not words.
 */
final class LightStemmer {

    private static final int MIN_STEM = 3;

    private LightStemmer() {
    }

    static String stem(String word) {
        String w = word;
        if (w.length() <= MIN_STEM) {
            return w;
        }
        if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "i";
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("is") && !w.endsWith("us")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("eed")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() - 2 >= MIN_STEM) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() - 3 >= MIN_STEM) {
            w = undouble(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("y") && w.length() > MIN_STEM && hasVowel(w, w.length() - 1)) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        if (w.endsWith("e") && w.length() > MIN_STEM) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
