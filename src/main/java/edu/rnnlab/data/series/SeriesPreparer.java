package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Turns sensor series into scaled training windows.
 *
 * <p>Standard protocol: each sensor's series is split chronologically (train, validation, test);
 * short interior gaps are interpolated inside each split; windows of {@code window} inputs and the
 * target {@code horizon} steps later are cut inside each split and dropped if they still hold a gap;
 * the min-max scaler is fitted on training values only.
 *
 * <p>Course protocol ({@link Protocol#COURSE_EXAMPLE}): the teacher's notebook exactly — scaler on all
 * data, trailing-gap fill (limit 3), 80/20 split of each sensor's full length, no validation split.
 */
public final class SeriesPreparer {

    private static final double COURSE_TRAIN_FRACTION = 0.8;

    private SeriesPreparer() {}

    /** Prepares windows of the target series alone for the given spec. */
    public static PreparedSeries prepare(SeriesSet set, DatasetSpec spec) {
        return prepare(set, List.of(), spec);
    }

    /**
     * Prepares windows for the given spec with extra input series beside the target: each input is
     * gap-filled like the target and scaled by its own scaler (fitted where the target's is), and a
     * window with a gap left in any input is dropped.
     */
    public static PreparedSeries prepare(SeriesSet set, List<InputSeries> inputs, DatasetSpec spec) {
        validate(spec);
        boolean course = spec.protocol() == Protocol.COURSE_EXAMPLE;
        List<float[]> filled = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        for (SensorSeries s : set.sensors()) {
            float[] v = s.values().clone();
            int n = v.length;
            int a = (int) (n * (course ? COURSE_TRAIN_FRACTION : spec.trainFraction()));
            int b = course ? a : (int) (n * (spec.trainFraction() + spec.valFraction()));
            if (course) {
                GapFilling.fillTrailing(v, spec.gapLimit());
            } else {
                GapFilling.interpolateInside(v, 0, a, spec.gapLimit());
                GapFilling.interpolateInside(v, a, b, spec.gapLimit());
                GapFilling.interpolateInside(v, b, n, spec.gapLimit());
            }
            filled.add(v);
            bounds.add(new int[] {0, a, b, n});
        }
        MinMaxScaler scaler = course ? fitAll(set, filled) : fitTrain(set, filled, bounds);
        Columns columns = new Columns(filled, scaler, InputColumns.of(inputs, bounds, spec, course));
        int span = spec.window() + spec.horizon();
        Windows train = cut(columns, bounds, 0, spec);
        Windows val = course ? Windows.empty(spec.window(), columns.features()) : cut(columns, bounds, 1, spec);
        Windows test = cut(columns, bounds, 2, spec);
        if (train.count() == 0 || test.count() == 0) {
            throw RnnlabException.badInput("The " + set.dataset() + " series are too short or too gappy for windows of "
                    + span + " steps (train " + train.count() + ", test " + test.count() + " windows); "
                    + "lower dataset.window or use more sensors.");
        }
        List<String> notes = new ArrayList<>();
        Map<String, Integer> available = new LinkedHashMap<>();
        available.put("train", train.count());
        available.put("val", val.count());
        available.put("test", test.count());
        if (spec.limitWindows() > 0) {
            train = limit(train, spec.limitWindows());
            val = limit(val, spec.limitWindows());
            test = limit(test, spec.limitWindows());
            notes.add("windows capped at " + spec.limitWindows() + " per split (evenly spaced) by the profile");
        }
        notes.add(
                course
                        ? "min-max scaler fitted on all data (the teacher's notebook)"
                        : "min-max scaler fitted on the training split only");
        if (!inputs.isEmpty()) {
            notes.add("extra inputs "
                    + String.join(", ", inputs.stream().map(InputSeries::name).toList())
                    + ", each with its own scaler; windows with a gap in any input dropped");
        }
        return new PreparedSeries(
                set,
                train,
                val,
                test,
                scaler,
                filled,
                stepsPerDay(set),
                List.copyOf(notes),
                java.util.Collections.unmodifiableMap(available));
    }

    private static void validate(DatasetSpec spec) {
        if (spec.window() < 1 || spec.horizon() < 1) {
            throw RnnlabException.badInput("dataset.window and dataset.horizon must be at least 1 (got " + spec.window()
                    + " and " + spec.horizon() + ").");
        }
        double tf = spec.trainFraction();
        double vf = spec.valFraction();
        if (!(tf > 0 && vf >= 0 && tf + vf < 1)) {
            throw RnnlabException.badInput("dataset.train_fraction (" + tf + ") and dataset.val_fraction (" + vf
                    + ") must be positive and add up to less than 1, leaving a test split.");
        }
    }

    private static MinMaxScaler fitAll(SeriesSet set, List<float[]> filled) {
        return MinMaxScaler.fit(set.sensors().stream().map(SensorSeries::values).toList());
    }

    private static MinMaxScaler fitTrain(SeriesSet set, List<float[]> filled, List<int[]> bounds) {
        List<float[]> train = new ArrayList<>();
        for (int s = 0; s < filled.size(); s++) {
            train.add(java.util.Arrays.copyOfRange(filled.get(s), 0, bounds.get(s)[1]));
        }
        try {
            return MinMaxScaler.fit(train);
        } catch (IllegalArgumentException e) {
            throw RnnlabException.badInput("The training split of " + set.dataset() + " (" + set.feature()
                    + ") has no usable values; choose another feature or sensors.");
        }
    }

    /** The target series and the extra inputs of every sensor, with their scalers. */
    private record Columns(List<float[]> target, MinMaxScaler scaler, InputColumns inputs) {
        int features() {
            return 1 + inputs.count();
        }
    }

    private static Windows cut(Columns columns, List<int[]> bounds, int split, DatasetSpec spec) {
        int window = spec.window();
        int horizon = spec.horizon();
        int features = columns.features();
        List<Integer> sensors = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int s = 0; s < columns.target().size(); s++) {
            float[] v = columns.target().get(s);
            int from = bounds.get(s)[split];
            int to = bounds.get(s)[split + 1];
            int[] inputGaps = columns.inputs().gapCounts(s);
            // A running count of gaps makes each window's check O(1) instead of O(window).
            int gaps = 0;
            int span = window + horizon;
            for (int t = from; t < to; t++) {
                if (Float.isNaN(v[t])) {
                    gaps++;
                }
                if (t - span >= from && Float.isNaN(v[t - span])) {
                    gaps--;
                }
                int start = t - span + 1;
                if (start >= from && gaps == 0 && inputGaps[start + window] == inputGaps[start]) {
                    sensors.add(s);
                    starts.add(start);
                }
            }
        }
        int n = starts.size();
        float[] x = new float[n * window * features];
        float[] y = new float[n];
        int[] sensor = new int[n];
        int[] target = new int[n];
        for (int i = 0; i < n; i++) {
            int s = sensors.get(i);
            float[] v = columns.target().get(s);
            int start = starts.get(i);
            for (int k = 0; k < window; k++) {
                int at = (i * window + k) * features;
                x[at] = columns.scaler().scale(v[start + k]);
                columns.inputs().scaled(s, start + k, x, at + 1);
            }
            target[i] = start + window + horizon - 1;
            y[i] = columns.scaler().scale(v[target[i]]);
            sensor[i] = s;
        }
        return new Windows(window, x, y, sensor, target, features);
    }

    private static Windows limit(Windows w, int cap) {
        if (w.count() <= cap) {
            return w;
        }
        // Evenly spaced, so every sensor and season stays represented and the choice is deterministic.
        int[] positions = IntStream.range(0, cap)
                .map(k -> (int) ((long) k * w.count() / cap))
                .toArray();
        return w.select(positions);
    }

    private static int stepsPerDay(SeriesSet set) {
        long seconds = set.sensors().get(0).step().getSeconds();
        return (int) Math.max(1, 86_400 / Math.max(1, seconds));
    }
}
