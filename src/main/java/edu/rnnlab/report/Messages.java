package edu.rnnlab.report;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The report's words in one language, from {@code templates/messages_<lang>.properties} (UTF-8).
 * A key missing from the chosen language falls back to English, so an incomplete translation shows
 * English text rather than a hole; a key missing everywhere shows itself in brackets, which a test
 * catches.
 */
final class Messages {

    private static final ResourceBundle.Control NO_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String language;
    private final ResourceBundle primary;
    private final ResourceBundle english;

    Messages(String language) {
        this.language = language;
        this.english = load("en");
        this.primary = "en".equals(language) ? english : load(language);
    }

    private static ResourceBundle load(String language) {
        try {
            return ResourceBundle.getBundle("templates.messages", Locale.forLanguageTag(language), NO_LOCALE_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException(
                    "No report messages for language '" + language + "'; the report supports en and zh.", e);
        }
    }

    /** The language code, e.g. {@code en}. */
    String language() {
        return language;
    }

    /** The text of a key, with {@code {0}}-style arguments filled in. */
    String get(String key, Object... args) {
        String pattern = raw(key);
        if (pattern == null) {
            return "[" + key + "]";
        }
        if (args.length == 0) {
            return pattern;
        }
        // Arguments are turned into strings first, so MessageFormat never localises or groups numbers.
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(texts);
    }

    /** The text of a key, or {@code fallback} when neither language has it. */
    String getOr(String key, String fallback) {
        String v = raw(key);
        return v == null ? fallback : v;
    }

    private String raw(String key) {
        if (primary.containsKey(key)) {
            return primary.getString(key);
        }
        return english.containsKey(key) ? english.getString(key) : null;
    }

    /** Every key, for the template's fixed labels (headings, captions' prefixes). */
    Map<String, String> all() {
        Map<String, String> map = new TreeMap<>();
        for (String k : english.keySet()) {
            map.put(k.replace('.', '_'), raw(k));
        }
        for (String k : primary.keySet()) {
            map.put(k.replace('.', '_'), raw(k));
        }
        return Collections.unmodifiableMap(map);
    }
}
