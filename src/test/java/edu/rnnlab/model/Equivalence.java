package edu.rnnlab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;

/** Test support: copying weights between twin models and comparing arrays element by element. */
final class Equivalence {

    private Equivalence() {}

    /** Copies every parameter of {@code from} into the parameter of the same name of {@code to}. */
    static void copyByName(Block from, Block to) {
        ParameterList target = to.getParameters();
        ParameterList source = from.getParameters();
        assertEquals(source.keys(), target.keys(), "twin models must have the same parameter names");
        for (Pair<String, Parameter> pair : source) {
            Parameter into = target.get(pair.getKey());
            NDArray value = pair.getValue().getArray();
            assertEquals(value.getShape(), into.getArray().getShape(), pair.getKey());
            into.getArray().set(value.toFloatArray());
        }
    }

    /** Asserts equal shapes and every element within {@code tolerance}. */
    static void assertClose(NDArray expected, NDArray actual, double tolerance, String what) {
        assertEquals(expected.getShape(), actual.getShape(), what + ": shape");
        float[] e = expected.toFloatArray();
        float[] a = actual.toFloatArray();
        double worst = 0;
        int at = -1;
        for (int i = 0; i < e.length; i++) {
            double d = Math.abs(e[i] - a[i]);
            if (!(d <= worst)) {
                worst = d;
                at = i;
            }
        }
        final double w = worst;
        final int i = at;
        assertTrue(
                w <= tolerance,
                () -> what + ": max |diff| " + w + " at " + i + " (expected " + e[i] + ", got " + a[i] + ")");
    }
}
