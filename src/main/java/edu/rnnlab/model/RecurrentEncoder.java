package edu.rnnlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;
import edu.rnnlab.model.library.KernelVerdict;
import edu.rnnlab.run.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The recurrent encoder of the package contract, for both families: {@code NDList(x (B, T, F)[, h0[, c0]])}
 * to {@code NDList(y (B, T, D*H), hT (L*D, B, H)[, cT])}, states ordered like PyTorch (layer-major,
 * then direction: l0 fwd, l0 bwd, l1 fwd, ...).
 *
 * <p>One direction: a single unit of L layers (the library fuses them into one ATen call). Two
 * directions: per layer a forward unit and a backward unit, the latter run on the time-reversed
 * sequence ({@code flip} on axis 1) with its outputs reversed back; features are concatenated forward
 * first, and the next layer reads both (dropout between layers, training only). The composition is
 * ours because DJL's own bidirectional mode is broken on PyTorch, and being shared it is the same for
 * hand-written and library units.
 *
 * <p>Initialisation is PyTorch's for recurrent layers, {@code U(-1/sqrt(H), 1/sqrt(H))} for weights
 * and biases alike, for both families (DJL's default would be Xavier weights and zero biases).
 */
public final class RecurrentEncoder extends AbstractBlock {

    /** Creates one unit: a stack of {@code layers} unidirectional layers with a drop rate between. */
    @FunctionalInterface
    public interface UnitFactory {
        /** A unit of the given depth; see {@link edu.rnnlab.model.cell.ScratchRecurrent} for its contract. */
        Block create(int layers, float dropout);
    }

    /** Decides, once shapes are known, how a unit of the given input width and depth may be run. */
    @FunctionalInterface
    public interface UnitCheck {
        /** Hand-written units need no check: they are the reference. */
        UnitCheck NONE = (features, layers) -> null;

        /** The verdict for a unit, or null when the unit runs as it is without a check. */
        KernelVerdict verdict(long features, int layers);
    }

    private final int hidden;
    private final int layers;
    private final int directions;
    private final int states;
    private final float dropout;
    private final List<Block> units = new ArrayList<>();
    private final UnitCheck check;
    /** Per unit, how it runs; filled when the encoder is initialised. */
    private final List<KernelVerdict> verdicts = new ArrayList<>();

    /** The encoder for a (validated) spec, its units made by {@code factory} and checked by {@code check}. */
    public RecurrentEncoder(ModelSpec spec, UnitFactory factory, UnitCheck check) {
        this.check = check;
        this.hidden = spec.hidden();
        this.layers = spec.layers();
        this.directions = spec.directions();
        this.states = spec.cell().states();
        this.dropout = spec.dropout().floatValue();
        if (directions == 1) {
            units.add(addChildBlock("stack", factory.create(layers, dropout)));
        } else {
            for (int layer = 0; layer < layers; layer++) {
                units.add(addChildBlock("l" + layer + "_fwd", factory.create(1, 0f)));
                units.add(addChildBlock("l" + layer + "_bwd", factory.create(1, 0f)));
            }
        }
        float bound = (float) (1.0 / Math.sqrt(hidden));
        setInitializer(new UniformInitializer(bound), Parameter.Type.WEIGHT);
        setInitializer(new UniformInitializer(bound), Parameter.Type.BIAS);
    }

    /** Hidden units per direction. */
    public int hidden() {
        return hidden;
    }

    /** Feature size of the outputs and of {@link #lastLayerFeatures}: D*H. */
    public int outputSize() {
        return directions * hidden;
    }

    /**
     * The sequence summary a head reads: the final hidden states of the last layer, directions
     * concatenated, {@code (B, D*H)}. For one direction this equals the last time step's output.
     */
    public NDArray lastLayerFeatures(NDList encoded) {
        NDArray hT = encoded.get(1);
        long rows = (long) layers * directions;
        if (directions == 1) {
            return hT.get(rows - 1);
        }
        NDArray last = hT.get((rows - 2) + ":");
        return last.transpose(1, 0, 2).reshape(hT.getShape().get(1), outputSize());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        Shape shape = inputs.get(0).getShape();
        if (shape.dimension() != 3 || inputs.size() > 1 + states) {
            throw new IllegalArgumentException("a recurrent encoder reads NDList(x (batch, steps, features)"
                    + (states == 2 ? "[, h0[, c0]]" : "[, h0]") + "), got " + inputs.size() + " arrays, x " + shape);
        }
        if (directions == 1) {
            return forwardUnit(0, store, inputs, training, params);
        }
        NDArray x = inputs.get(0);
        // given states (L*D, B, H) split into (1, B, H) views, index layer*D + direction
        List<NDList> given = new ArrayList<>();
        for (int s = 1; s < inputs.size(); s++) {
            given.add(inputs.get(s).split((long) layers * directions, 0));
        }
        List<NDList> finals = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            finals.add(new NDList());
        }
        for (int layer = 0; layer < layers; layer++) {
            if (layer > 0 && dropout > 0f) {
                x = Dropout.dropout(x, dropout, training).head();
            }
            NDList fwd = forwardUnit(2 * layer, store, unitInputs(x, given, 2 * layer), training, params);
            NDList bwd =
                    forwardUnit(2 * layer + 1, store, unitInputs(x.flip(1), given, 2 * layer + 1), training, params);
            x = NDArrays.concat(new NDList(fwd.get(0), bwd.get(0).flip(1)), 2);
            for (int s = 0; s < states; s++) {
                finals.get(s).add(fwd.get(s + 1));
                finals.get(s).add(bwd.get(s + 1));
            }
        }
        NDList out = new NDList(x);
        for (NDList perUnit : finals) {
            out.add(NDArrays.concat(perUnit, 0));
        }
        return out;
    }

    /** The checks' verdicts for the units (empty for hand-written units or before initialisation). */
    public List<KernelVerdict> kernelVerdicts() {
        return verdicts.stream().filter(v -> v != null).toList();
    }

    private NDList forwardUnit(
            int unit, ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        if (verdicts.isEmpty()) { // parameters loaded rather than initialised: check on first use
            checkUnits(inputs.head().getShape().get(2));
        }
        KernelVerdict verdict = verdicts.get(unit);
        return verdict == null
                ? units.get(unit).forward(store, inputs, training, params)
                : verdict.forward(units.get(unit), store, inputs, training, params);
    }

    /** Runs the unit checks for an input of {@code features} per step (before any unit is used). */
    private synchronized void checkUnits(long features) {
        verdicts.clear();
        for (int unit = 0; unit < units.size(); unit++) {
            verdicts.add(check.verdict(unitFeatures(unit, features), directions == 1 ? layers : 1));
        }
    }

    /** Input width of a unit: the encoder's input for the first layer, both directions' outputs above it. */
    private long unitFeatures(int unit, long inputFeatures) {
        return unit < 2 || directions == 1 ? inputFeatures : outputSize();
    }

    private static NDList unitInputs(NDArray x, List<NDList> given, int unit) {
        NDList in = new NDList(x);
        for (NDList states : given) {
            in.add(states.get(unit));
        }
        return in;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        Shape state = new Shape((long) layers * directions, x.get(0), hidden);
        Shape y = new Shape(x.get(0), x.get(1), outputSize());
        return states == 2 ? new Shape[] {y, state, state} : new Shape[] {y, state};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        checkUnits(x.get(2));
        for (int unit = 0; unit < units.size(); unit++) {
            units.get(unit).initialize(manager, dataType, new Shape(x.get(0), x.get(1), unitFeatures(unit, x.get(2))));
        }
    }
}
