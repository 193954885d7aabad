package edu.rnnlab.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import edu.rnnlab.model.RecurrentEncoder;
import edu.rnnlab.model.cell.ScratchRecurrent;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import edu.rnnlab.run.ModelSpec;
import org.junit.jupiter.api.Test;

/**
 * The guard's decision without needing a faulty CPU: a unit that is wrong only in inference with
 * autograd off (as oneDNN's AVX-512 LSTM kernel is) is detected and evaluated on the safe path, and a
 * unit wrong in training is refused.
 */
class KernelGuardTest {

    private static final int HIDDEN = 5;
    private static final long FEATURES = 3;

    @Test
    void decisionFollowsTheMeasurements() {
        assertEquals(
                KernelVerdict.Path.AS_IS,
                KernelVerdict.decide("u", new KernelComparison(1e-7, 1e-7, 1e-6, 1e-7))
                        .path());
        assertEquals(
                KernelVerdict.Path.GRAD_MODE_INFERENCE,
                KernelVerdict.decide("u", new KernelComparison(0.2, 1e-7, 1e-6, 1e-7))
                        .path());
        assertEquals(
                KernelVerdict.Path.UNUSABLE,
                KernelVerdict.decide("u", new KernelComparison(0.2, 1e-7, 1e-6, 0.2))
                        .path());
        assertEquals(
                KernelVerdict.Path.UNUSABLE,
                KernelVerdict.decide("u", new KernelComparison(1e-7, 0.2, 1e-6, 1e-7))
                        .path());
        assertEquals(
                KernelVerdict.Path.UNUSABLE,
                KernelVerdict.decide("u", new KernelComparison(1e-7, 1e-7, 0.1, 1e-7))
                        .path());
        assertEquals(
                KernelVerdict.Path.GRAD_MODE_INFERENCE,
                KernelVerdict.decide("u", new KernelComparison(Double.NaN, 1e-7, 1e-6, 1e-7))
                        .path());
        assertEquals(
                KernelVerdict.Path.UNUSABLE,
                KernelVerdict.decide("u", new KernelComparison(1e-7, Double.NaN, 1e-6, 1e-7))
                        .path());
    }

    @Test
    void twinsAgreeInEveryMode() {
        KernelComparison c = KernelCheck.compare(scratch(), scratch(), FEATURES, HIDDEN, 1, 2);
        assertTrue(c.inferenceAgrees() && c.trainingAgrees() && c.gradModeInferenceAgrees(), c.toString());
    }

    @Test
    void anInferenceOnlyFaultIsDetectedAndTheEncoderTakesTheSafePath() {
        KernelComparison c = KernelCheck.compare(new InferenceFault(scratch()), scratch(), FEATURES, HIDDEN, 1, 2);
        assertFalse(c.inferenceAgrees(), c.toString());
        assertTrue(c.trainingAgrees() && c.gradModeInferenceAgrees(), c.toString());

        ModelSpec spec = ModelSpec.of(CellType.LSTM, edu.rnnlab.run.Implementation.LIBRARY, HIDDEN);
        RecurrentEncoder faulty = new RecurrentEncoder(
                spec,
                (layers, rate) -> new InferenceFault(scratch()),
                (features, layers) -> KernelVerdict.decide(
                        "faulty",
                        KernelCheck.compare(new InferenceFault(scratch()), scratch(), features, HIDDEN, layers, 2)));
        RecurrentEncoder reference =
                new RecurrentEncoder(spec, (layers, rate) -> scratch(), RecurrentEncoder.UnitCheck.NONE);
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape x = new Shape(2, 4, FEATURES);
            faulty.initialize(manager, DataType.FLOAT32, x);
            reference.initialize(manager, DataType.FLOAT32, x);
            for (int i = 0; i < reference.getParameters().size(); i++) {
                faulty.getParameters()
                        .get(i)
                        .getValue()
                        .getArray()
                        .set(reference
                                .getParameters()
                                .get(i)
                                .getValue()
                                .getArray()
                                .toFloatArray());
            }
            assertEquals(
                    KernelVerdict.Path.GRAD_MODE_INFERENCE,
                    faulty.kernelVerdicts().get(0).path());
            NDList input = new NDList(manager.randomNormal(x));
            NDList expected = reference.forward(new ParameterStore(manager, false), input, false);
            NDList actual = faulty.forward(new ParameterStore(manager, false), input, false);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(0f, expected.get(i).sub(actual.get(i)).abs().max().getFloat(), 1e-6f, "output " + i);
                assertFalse(
                        actual.get(i).hasGradient()
                                || JniUtils.requiresGrad((ai.djl.pytorch.engine.PtNDArray) actual.get(i)),
                        "safe-path outputs are detached");
            }
            assertFalse(JniUtils.isGradMode(), "grad mode is restored after the safe path");
        }
    }

    @Test
    void aUnitWrongInTrainingIsRefused() {
        KernelComparison c = KernelCheck.compare(
                new ScratchRecurrent(CellType.GRU, GruForm.TEXTBOOK, HIDDEN, 1, 0f),
                new ScratchRecurrent(CellType.GRU, GruForm.RESET_AFTER, HIDDEN, 1, 0f),
                FEATURES,
                HIDDEN,
                1,
                1);
        assertEquals(
                KernelVerdict.Path.UNUSABLE,
                KernelVerdict.decide("textbook GRU as reset-after", c).path());
    }

    private static Block scratch() {
        return new ScratchRecurrent(CellType.LSTM, GruForm.RESET_AFTER, HIDDEN, 1, 0f);
    }

    /** A unit that, like oneDNN's faulty kernel, is off only when evaluated with autograd off. */
    private static final class InferenceFault extends AbstractBlock {
        private final Block inner;

        InferenceFault(Block inner) {
            this.inner = addChildBlock("inner", inner);
        }

        @Override
        protected NDList forwardInternal(
                ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
            NDList out = inner.forward(store, inputs, training, params);
            if (training || JniUtils.isGradMode()) {
                return out;
            }
            NDList shifted = new NDList(out.size());
            out.forEach(a -> shifted.add(a.add(0.1f)));
            return shifted;
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            return inner.getOutputShapes(inputShapes);
        }

        @Override
        protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
            inner.initialize(manager, dataType, inputShapes);
        }
    }
}
