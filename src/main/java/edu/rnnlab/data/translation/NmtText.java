package edu.rnnlab.data.translation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The textbook's text preparation for translation (d2l {@code preprocess_nmt} and {@code tokenize_nmt}):
 * the narrow and ordinary no-break spaces (U+202F, U+00A0) become plain spaces, the text is lower-cased,
 * and a space is inserted before {@code , . ! ?} when the character before is not already a space; tokens
 * are the space-separated words (punctuation marks thereby become tokens of their own).
 */
public final class NmtText {

    private NmtText() {}

    /** The preprocessed sentence, e.g. {@code "Cours\u202f!"} to {@code "cours !"}, {@code "Hi."} to {@code "hi ."}. */
    public static String preprocess(String text) {
        String lower = text.replace('\u202f', ' ').replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            // d2l: a space before punctuation unless the previous character is a space (never at index 0)
            if (i > 0 && ",.!?".indexOf(c) >= 0 && lower.charAt(i - 1) != ' ') {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The words of a preprocessed sentence, split on single spaces as d2l's {@code line.split(' ')} does
     * (two spaces in a row give an empty token there too; the data has none after preprocessing).
     */
    public static List<String> tokens(String preprocessed) {
        return Arrays.asList(preprocessed.split(" ", -1));
    }
}
