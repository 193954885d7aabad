package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The extra inputs of a series dataset, prepared like the target: gaps filled inside each split with
 * the same rule, one min-max scaler per input fitted where the target's is (training split, or all
 * data in the course protocol), and a running gap count per sensor so a window can be checked in O(1).
 */
final class InputColumns {

    private final List<InputSeries> filled;
    private final List<MinMaxScaler> scalers;
    private final List<int[]> gapCounts;

    private InputColumns(List<InputSeries> filled, List<MinMaxScaler> scalers, List<int[]> gapCounts) {
        this.filled = filled;
        this.scalers = scalers;
        this.gapCounts = gapCounts;
    }

    /** Fills, fits and indexes the inputs; {@code bounds} holds each sensor's split edges {0, a, b, n}. */
    static InputColumns of(List<InputSeries> inputs, List<int[]> bounds, DatasetSpec spec, boolean course) {
        List<InputSeries> filled = new ArrayList<>();
        List<MinMaxScaler> scalers = new ArrayList<>();
        for (InputSeries input : inputs) {
            List<float[]> values = new ArrayList<>();
            List<float[]> fitOn = new ArrayList<>();
            for (int s = 0; s < bounds.size(); s++) {
                float[] v = input.values().get(s).clone();
                int[] b = bounds.get(s);
                if (course) {
                    GapFilling.fillTrailing(v, spec.gapLimit());
                } else {
                    for (int split = 0; split < 3; split++) {
                        GapFilling.interpolateInside(v, b[split], b[split + 1], spec.gapLimit());
                    }
                }
                values.add(v);
                fitOn.add(course ? v : Arrays.copyOfRange(v, 0, b[1]));
            }
            try {
                scalers.add(MinMaxScaler.fit(fitOn));
            } catch (IllegalArgumentException e) {
                throw RnnlabException.badInput("dataset.inputs: '" + input.name()
                        + "' is empty or constant in the training split, so it tells the model nothing; leave it out"
                        + " of dataset.inputs.");
            }
            filled.add(new InputSeries(input.name(), values));
        }
        List<int[]> gapCounts = new ArrayList<>();
        for (int s = 0; s < bounds.size(); s++) {
            int n = bounds.get(s)[3];
            int[] counts = new int[n + 1];
            for (int t = 0; t < n; t++) {
                boolean gap = false;
                for (InputSeries input : filled) {
                    gap |= Float.isNaN(input.values().get(s)[t]);
                }
                counts[t + 1] = counts[t] + (gap ? 1 : 0);
            }
            gapCounts.add(counts);
        }
        return new InputColumns(List.copyOf(filled), List.copyOf(scalers), List.copyOf(gapCounts));
    }

    /** Number of extra inputs. */
    int count() {
        return filled.size();
    }

    /** Prefix counts of steps with a gap in any input: steps {@code [a, b)} are clean when {@code c[b] == c[a]}. */
    int[] gapCounts(int sensor) {
        return gapCounts.get(sensor);
    }

    /** Writes the scaled inputs of {@code sensor} at step {@code t} into {@code out} from {@code at}. */
    void scaled(int sensor, int t, float[] out, int at) {
        for (int f = 0; f < filled.size(); f++) {
            out[at + f] = scalers.get(f).scale(filled.get(f).values().get(sensor)[t]);
        }
    }
}
