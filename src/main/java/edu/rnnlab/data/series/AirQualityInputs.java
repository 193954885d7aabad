package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The optional inputs of an air-quality run ({@code dataset.inputs}): the other features of the
 * target's own sensor ({@code humidity}, {@code pressure}, {@code pm1}, {@code pm25}, {@code pm10},
 * minus the target) and {@code hour}, the hour of day (UTC) of each step. The target never changes.
 */
public final class AirQualityInputs {

    /** The input derived from the time axis rather than read from a column. */
    public static final String HOUR = "hour";

    private AirQualityInputs() {}

    /** The inputs allowed beside {@code target}, in file order, then {@code hour}. */
    public static List<String> allowed(String target) {
        List<String> out = new ArrayList<>(AirQualityReader.FEATURES);
        out.remove(target);
        out.add(HOUR);
        return List.copyOf(out);
    }

    /**
     * The features to read for a spec: the target first, then each requested feature input.
     * Fails with the key, the bad value and the allowed values on an unknown or repeated name.
     */
    public static List<String> featuresToRead(String target, List<String> inputs) {
        List<String> allowed = allowed(target);
        Set<String> seen = new HashSet<>();
        List<String> features = new ArrayList<>(List.of(target));
        for (String input : inputs) {
            if (!allowed.contains(input)) {
                throw RnnlabException.badInput("dataset.inputs: '" + input + "' is not an input of air-quality "
                        + target + "; use any of " + String.join(", ", allowed) + ".");
            }
            if (!seen.add(input)) {
                throw RnnlabException.badInput(
                        "dataset.inputs: '" + input + "' is listed twice; list each input once.");
            }
            if (!HOUR.equals(input)) {
                features.add(input);
            }
        }
        return List.copyOf(features);
    }

    /**
     * The input series of a spec, in the order written, from the sets read by
     * {@link AirQualityReader#readFeatures} for {@link #featuresToRead} (target first).
     */
    public static List<InputSeries> series(List<String> inputs, List<SeriesSet> read) {
        SeriesSet target = read.get(0);
        List<InputSeries> out = new ArrayList<>();
        for (String input : inputs) {
            if (HOUR.equals(input)) {
                out.add(new InputSeries(
                        input,
                        target.sensors().stream().map(AirQualityInputs::hours).toList()));
            } else {
                SeriesSet set = read.stream()
                        .filter(s -> s.feature().equals(input))
                        .findFirst()
                        .orElseThrow();
                out.add(new InputSeries(
                        input, set.sensors().stream().map(SensorSeries::values).toList()));
            }
        }
        return List.copyOf(out);
    }

    /** The hour of day (0-23) of each step of an hourly series. */
    private static float[] hours(SensorSeries s) {
        float[] h = new float[s.length()];
        for (int i = 0; i < h.length; i++) {
            h[i] = s.start().plus(s.step().multipliedBy(i)).getHour();
        }
        return h;
    }
}
