package edu.rnnlab.data.text;

import edu.rnnlab.RnnlabException;
import java.util.Locale;

/** What one token is: a character (the textbook's default) or a word. */
public enum TextTokens {
    /** One character per token; lines are joined without a separator, as d2l does. */
    CHAR,
    /** One space-separated word per token. */
    WORD;

    /** Parses {@code dataset.tokens} ({@code char} or {@code word}). */
    public static TextTokens parse(String value) {
        String v = value == null ? "char" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "char", "chars", "character" -> CHAR;
            case "word", "words" -> WORD;
            default -> throw RnnlabException.badInput("Unknown dataset.tokens '" + value + "'; use char or word.");
        };
    }
}
