package edu.rnnlab.data.series;

import java.util.List;

/**
 * An extra input beside the target series ({@code dataset.inputs}), on the target's time grid.
 *
 * @param name   the input's name as written in the spec, e.g. {@code humidity} or {@code hour}
 * @param values one array per sensor of the target set, in its unit, {@code NaN} where missing
 */
public record InputSeries(String name, List<float[]> values) {

    /** Copies the list so the record cannot change under the preparer. */
    public InputSeries {
        values = List.copyOf(values);
    }
}
