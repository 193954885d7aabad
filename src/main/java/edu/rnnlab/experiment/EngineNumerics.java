package edu.rnnlab.experiment;

import edu.rnnlab.RnnlabException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine settings that change a run's numbers although the spec does not: the one place that
 * lists them. They are part of a run's identity ({@link RunIds}), so a run made with other settings
 * is not skipped as if it were this one, and {@code verify} repeats a run with the settings it
 * recorded. The intra-op thread count changes the order of floating-point sums, hence the numbers.
 *
 * <p>To add a setting (for example how the library LSTM's oneDNN kernel is run): add a component,
 * give its default in {@link #DEFAULT}, and put it in {@link #identity()} only when it differs from
 * the default, so that existing default run ids stay the same.
 *
 * @param threads the engine's intra-op threads (1 by default)
 */
public record EngineNumerics(int threads) {

    /** The settings every run used before this record existed, and the CLI's defaults. */
    public static final EngineNumerics DEFAULT = new EngineNumerics(1);

    /** Rejects impossible settings. */
    public EngineNumerics {
        if (threads < 1) {
            throw RnnlabException.badInput("--threads must be at least 1 (got " + threads + ").");
        }
    }

    /** The settings that differ from {@link #DEFAULT}, by name; empty for the default. */
    Map<String, Object> identity() {
        Map<String, Object> differ = new TreeMap<>();
        if (threads != DEFAULT.threads) {
            differ.put("threads", threads);
        }
        return differ;
    }

    /** A short description for messages, e.g. "2 engine threads". */
    public String describe() {
        return threads + " engine thread" + (threads == 1 ? "" : "s");
    }
}
