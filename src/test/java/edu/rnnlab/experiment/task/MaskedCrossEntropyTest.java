package edu.rnnlab.experiment.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The masked loss counts only the valid target positions, each once. */
class MaskedCrossEntropyTest {

    @Test
    void paddingIsMaskedAndTheMeanIsPerValidToken() {
        try (NDManager manager = NDManager.newBaseManager()) {
            // 2 sentences, 3 steps, 2 classes; logits chosen so each position's loss is easy to write down
            float[] logits = {
                0, 0, // ln 2 for either class
                2, 0, // target 0: ln(1 + e^-2)
                0, 9, // padding: ignored
                0, 0, // ln 2
                0, 0, // ln 2
                5, 0 // target 1: 5 + ln(1 + e^-5)
            };
            NDArray predicted = manager.create(logits, new Shape(2, 3, 2));
            NDArray targets = manager.create(new int[] {1, 0, 0, 0, 1, 1}, new Shape(2, 3));
            NDArray valid = manager.create(new int[] {2, 3});
            double loss = new MaskedCrossEntropy()
                    .evaluate(new NDList(targets, valid), new NDList(predicted))
                    .getFloat();
            double ln2 = Math.log(2);
            double expected = (ln2 + Math.log1p(Math.exp(-2)) + ln2 + ln2 + 5 + Math.log1p(Math.exp(-5))) / 5;
            assertEquals(expected, loss, 1e-5);
        }
    }
}
