package edu.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parameter formula against the built models' own count, and the budget match it drives. */
class ParameterBudgetTest {

    @ParameterizedTest
    @CsvSource({
        "LSTM, LIBRARY, 7, 1, false, 1, 1, RESET_AFTER",
        "GRU, LIBRARY, 9, 1, false, 3, 1, RESET_AFTER",
        "RNN, LIBRARY, 5, 2, false, 2, 2, RESET_AFTER",
        "LSTM, SCRATCH, 4, 2, true, 3, 1, RESET_AFTER",
        "GRU, SCRATCH, 6, 1, true, 1, 3, TEXTBOOK",
        "GRU, LIBRARY, 5, 3, true, 2, 1, RESET_AFTER"
    })
    void formulaEqualsTheBuiltModelsCount(
            CellType cell,
            Implementation impl,
            int hidden,
            int layers,
            boolean bidirectional,
            int inputs,
            int outputs,
            GruForm form) {
        ModelSpec spec = new ModelSpec(cell, impl, hidden, layers, bidirectional, null, form, null, null, null);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block model = ModelFactory.regression(spec, outputs);
            model.initialize(manager, DataType.FLOAT32, new Shape(2, 4, inputs));
            assertEquals(
                    ModelFactory.parameterCount(model),
                    ParameterBudget.regression(cell, hidden, spec, inputs, outputs));
        }
    }

    @ParameterizedTest
    @CsvSource({"16, 1", "32, 1", "64, 1", "64, 3", "128, 1"})
    void theMatchedGruIsTheClosestToTheLstmBudget(int lstmHidden, int inputs) {
        ModelSpec gru = ModelSpec.of(CellType.GRU, Implementation.LIBRARY, lstmHidden);
        long budget = ParameterBudget.regression(CellType.LSTM, lstmHidden, gru, inputs, 1);
        int matched = ParameterBudget.matchingHidden(gru, CellType.LSTM, inputs, 1);
        long gap = Math.abs(ParameterBudget.regression(CellType.GRU, matched, gru, inputs, 1) - budget);
        for (int other : new int[] {matched - 1, matched + 1}) {
            assertTrue(gap <= Math.abs(ParameterBudget.regression(CellType.GRU, other, gru, inputs, 1) - budget));
        }
        assertTrue(matched > lstmHidden, "a GRU has 3 gate blocks to the LSTM's 4: it needs more units");
        assertEquals(lstmHidden, ParameterBudget.matchingHidden(gru, CellType.GRU, inputs, 1));
    }
}
