package edu.rnnlab.model;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.ModelSpec;

/**
 * The parameter count of a {@link ModelFactory#regression} model, by formula, so that a model can be
 * sized before it is built: item 7's equal-budget arm picks the GRU hidden size whose count comes
 * closest to the LSTM's. One formula for every cell: each layer and direction holds
 * {@code gates x hidden x (inputs + hidden + 2)} values (input and recurrent weights, PyTorch's two
 * bias vectors, for hand-written and library cells alike), the layers above the first read
 * {@code directions x hidden} inputs, and the linear head adds {@code (directions x hidden + 1) x outputs}.
 * A test holds it equal to {@link ModelFactory#parameterCount} of the built model.
 */
public final class ParameterBudget {

    /** Largest hidden size searched when matching a budget. */
    static final int MAX_HIDDEN = 1 << 16;

    private ParameterBudget() {}

    /**
     * Parameters of the regression model {@code spec} with another cell and hidden size.
     *
     * @param cell    the recurrent cell
     * @param hidden  hidden units per direction
     * @param spec    layers and directions are taken from it
     * @param inputs  input features per step
     * @param outputs values predicted per sequence
     */
    public static long regression(CellType cell, int hidden, ModelSpec spec, int inputs, int outputs) {
        long h = hidden;
        long d = spec.directions();
        long count = 0;
        long in = inputs;
        for (int layer = 0; layer < spec.layers(); layer++) {
            count += d * cell.gates() * h * (in + h + 2);
            in = d * h;
        }
        return count + (d * h + 1) * outputs;
    }

    /**
     * The hidden size for {@code spec}'s cell whose regression model has the parameter count closest to a
     * {@code target}-cell model of {@code spec}'s hidden size (same layers, directions, inputs and head);
     * the smaller size on a tie.
     */
    public static int matchingHidden(ModelSpec spec, CellType target, int inputs, int outputs) {
        long budget = regression(target, spec.hidden(), spec, inputs, outputs);
        int low = 1;
        int high = MAX_HIDDEN;
        while (low < high) { // the count grows with the hidden size: the first size at or above the budget
            int mid = (low + high) >>> 1;
            if (regression(spec.cell(), mid, spec, inputs, outputs) < budget) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        if (low > 1) {
            long above = regression(spec.cell(), low, spec, inputs, outputs) - budget;
            long below = budget - regression(spec.cell(), low - 1, spec, inputs, outputs);
            return below <= above ? low - 1 : low;
        }
        return low;
    }
}
