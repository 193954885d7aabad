package edu.rnnlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English words the archive records for display (default model labels, baseline names, how the
 * epoch was selected, profile names, swept categories) in the report's language. The archive keeps
 * them in English because run ids and specs must not depend on a language; a text this class does not
 * recognise (a label written in an experiment file, a new baseline) is shown as recorded.
 */
final class ArchiveTerms {

    /** A default label from {@code ModelSpec}: "Bi-LSTM x2 h74 (scratch)"; custom labels do not match. */
    private static final Pattern LABEL =
            Pattern.compile("(Bi-)?(RNN|GRU|LSTM)(?: x(\\d+))?(?: h(\\d+))? \\((scratch|library)\\)");

    /** {@code Selection.describe()}: "lowest validation loss", "lowest test RMSE (no validation split...)". */
    private static final Pattern SELECTION = Pattern.compile("(highest|lowest) (validation|test) (\\S+)( \\(.*\\))?");

    /** {@code Divergence.advice()}: the one failure message whose words the training loop fixes. */
    private static final Pattern DIVERGED = Pattern.compile(
            "The training loss became NaN or infinite in epoch (\\d+) \\(optimizer (\\w+), lr (\\S+), clip (\\S+)\\)\\."
                    + " Try a learning rate 10x smaller, gradient clipping \\(train\\.clip: 1\\.0\\),"
                    + " or a smaller hidden size\\.");

    private ArchiveTerms() {}

    /** A run's failure message: the divergence advice re-said; any other (an exception's text) as recorded. */
    static String failure(String message, Messages m) {
        Matcher x = message == null ? null : DIVERGED.matcher(message);
        if (x == null || !x.matches()) {
            return message;
        }
        String optimizer = m.getOr("term.optimizer." + x.group(2), x.group(2));
        String clip = "null".equals(x.group(4)) ? m.get("setup.off") : x.group(4);
        return m.get("term.failure.diverged", x.group(1), optimizer, x.group(3), clip);
    }

    /** "RNN (scratch)" as "RNN（手写）"; a custom label as written. */
    static String modelLabel(String label, Messages m) {
        Matcher x = label == null ? null : LABEL.matcher(label);
        if (x == null || !x.matches()) {
            return label;
        }
        String core = x.group(2);
        if (x.group(3) != null) {
            core = m.get("term.label.layers", core, x.group(3));
        }
        if (x.group(4) != null) {
            core = core + " h" + x.group(4);
        }
        if (x.group(1) != null) {
            core = m.get("term.label.bidirectional", core);
        }
        return m.get("term.label", core, m.get("term.impl." + x.group(5)));
    }

    /** A baseline's name ("persistence (last value)") from the bundle, or as recorded when it has none. */
    static String baseline(String name, Messages m) {
        return m.getOr("term.baseline." + slug(name), name);
    }

    /** How the epoch was selected, e.g. "lowest validation loss", in the report's language. */
    static String selection(String selection, Messages m) {
        Matcher x = selection == null ? null : SELECTION.matcher(selection);
        if (x == null || !x.matches()) {
            return selection;
        }
        String metric = m.getOr("metric." + x.group(3).toLowerCase(Locale.ROOT), x.group(3));
        return m.get("term.selection." + x.group(2) + "." + x.group(1), metric);
    }

    /** A profile name (quick, standard, full). */
    static String profile(String profile, Messages m) {
        return profile == null ? null : m.getOr("term.profile." + profile, profile);
    }

    /**
     * A swept value as shown: a list of input features by their names ("none" when empty), a boolean
     * as yes/no; numbers and other values unchanged (they are ordered and plotted as numbers).
     */
    static Object sweepValue(Object value, Messages m) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return m.get("term.sweep.none");
            }
            List<String> names = new ArrayList<>();
            list.forEach(f -> names.add(m.getOr("feature." + f, String.valueOf(f))));
            return String.join("+", names);
        }
        if (value instanceof Boolean b) {
            return m.get("term.sweep." + b);
        }
        return value;
    }

    /** A swept key's display name, e.g. "hidden" as "hidden size" / "隐藏层大小". */
    static String sweepKey(String key, Messages m) {
        return m.getOr("sweep." + key, key);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
