package edu.rnnlab.model.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import edu.rnnlab.run.GruForm;
import org.junit.jupiter.api.Test;

/**
 * What one more time step costs each hand-written cell in DJL arrays: every array is a JNI call's
 * result with its Java objects (and, in training, an autograd node), so this count is the cells'
 * speed budget. Measured as the arrays a layer leaves on its manager for 4 steps minus 3 steps, with
 * gradients recorded as in training. The numbers are the ones in the cells' Javadoc; a change that
 * adds work per step fails here.
 */
class CellStepCostTest {

    private static final int BATCH = 3;
    private static final int IN = 2;
    private static final int HIDDEN = 4;

    @Test
    void arraysPerStep() {
        // the step's slice of the input projection, then: addmm, tanh
        assertEquals(3, arraysPerStep(new RnnCell(), 1), "RNN");
        // two slices (step bias, x W_in); addmm, split (2), sigmoid, split (2), mul, add, tanh, sub, mul, add
        assertEquals(14, arraysPerStep(new GruCell(GruForm.RESET_AFTER), 3), "GRU (reset after)");
        // two slices (x W_rz, x W_n); addmm, sigmoid, split (2), mul, addmm, tanh, sub, mul, add
        assertEquals(12, arraysPerStep(new GruCell(GruForm.TEXTBOOK), 3), "GRU (textbook)");
        // one slice; addmm, sigmoid, split (4), split (4), tanh, mul, mul, add, tanh, mul
        assertEquals(17, arraysPerStep(new LstmCell(), 4), "LSTM");
    }

    private static int arraysPerStep(Cell cell, int gates) {
        return arraysFor(cell, gates, 4) - arraysFor(cell, gates, 3);
    }

    @SuppressWarnings("try") // the collector records the graph the count includes; the body never needs it
    private static int arraysFor(Cell cell, int gates, int steps) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(7);
            long rows = (long) gates * HIDDEN;
            NDArray wIh = manager.randomNormal(new Shape(rows, IN));
            NDArray wHh = manager.randomNormal(new Shape(rows, HIDDEN));
            NDArray bIh = manager.randomNormal(new Shape(rows));
            NDArray bHh = manager.randomNormal(new Shape(rows));
            for (NDArray w : new NDArray[] {wIh, wHh, bIh, bHh}) {
                w.setRequiresGradient(true);
            }
            NDArray x = manager.randomNormal(new Shape((long) steps * BATCH, IN));
            NDList initial = new NDList();
            for (int s = 0; s < cell.states(); s++) {
                initial.add(manager.zeros(new Shape(BATCH, HIDDEN)));
            }
            int before = ((BaseNDManager) manager).getManagedArrays().size();
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDList out = cell.layer(x, steps, initial, new LayerWeights(wIh, wHh, bIh, bHh, manager));
                assertEquals(new Shape(steps, BATCH, HIDDEN), out.get(0).getShape());
                return ((BaseNDManager) manager).getManagedArrays().size() - before;
            }
        }
    }
}
