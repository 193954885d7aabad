package edu.rnnlab.model.cell;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.GruForm;
import java.util.ArrayList;
import java.util.List;

/**
 * A stack of hand-written recurrent layers (one direction) that is a drop-in twin of DJL's
 * {@code RNN}/{@code GRU}/{@code LSTM} block built with {@code optReturnState(true)}: input
 * {@code NDList(x (B, T, F)[, h0 (L, B, H)[, c0]])}, output {@code NDList(y (B, T, H), hT (L, B, H)[, cT])},
 * parameters named {@code l_<layer>_{i2h|h2h}_{WEIGHT|BIAS}} in the same order and shapes (the
 * PyTorch layout), dropout on each layer's output except the last, in training only.
 *
 * <p>Why the same names and order: a model's weights then copy across implementations by name, and
 * with the same seed both draw the same initial weights, so a scratch/library comparison starts from
 * the same point.
 */
public final class ScratchRecurrent extends AbstractBlock {

    private final Cell cell;
    private final int gates;
    private final int hidden;
    private final int layers;
    private final float dropout;
    /** Per layer: W_ih, W_hh, b_ih, b_hh. */
    private final List<Parameter[]> weights = new ArrayList<>();

    /**
     * A stack of {@code layers} hand-written layers of {@code hidden} units.
     *
     * @param type    the cell
     * @param form    the GRU candidate form (ignored for the other cells)
     * @param hidden  hidden units H
     * @param layers  stacked layers L
     * @param dropout drop rate between layers in training, in [0, 1)
     */
    public ScratchRecurrent(CellType type, GruForm form, int hidden, int layers, float dropout) {
        this.cell = switch (type) {
            case RNN -> new RnnCell();
            case GRU -> new GruCell(form);
            case LSTM -> new LstmCell();
        };
        this.gates = type.gates();
        this.hidden = hidden;
        this.layers = layers;
        this.dropout = dropout;
        for (int layer = 0; layer < layers; layer++) {
            // DJL's order: both weights of a layer, then both biases
            Parameter wIh = param(layer, "i2h", Parameter.Type.WEIGHT);
            Parameter wHh = param(layer, "h2h", Parameter.Type.WEIGHT);
            Parameter bIh = param(layer, "i2h", Parameter.Type.BIAS);
            Parameter bHh = param(layer, "h2h", Parameter.Type.BIAS);
            weights.add(new Parameter[] {wIh, wHh, bIh, bHh});
        }
    }

    private Parameter param(int layer, String kind, Parameter.Type type) {
        String name = "l_" + layer + '_' + kind + '_' + type.name();
        return addParameter(Parameter.builder().setName(name).setType(type).build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        Shape shape = x.getShape();
        if (shape.dimension() != 3) {
            throw new IllegalArgumentException("a recurrent layer reads (batch, steps, features), got " + shape);
        }
        long batch = shape.get(0);
        int steps = (int) shape.get(1);
        List<NDList> initial = initialStates(inputs, batch);
        // time-major and flat, (T*B, F): one transpose-copy for the whole stack
        NDArray layerInput = x.transpose(1, 0, 2).reshape(steps * batch, shape.get(2));
        NDList finalStates = new NDList();
        NDArray outputs = null;
        for (int layer = 0; layer < layers; layer++) {
            Parameter[] p = weights.get(layer);
            LayerWeights w = new LayerWeights(
                    value(store, p[0], x, training),
                    value(store, p[1], x, training),
                    value(store, p[2], x, training),
                    value(store, p[3], x, training),
                    x.getManager());
            NDList result = cell.layer(layerInput, steps, initial.get(layer), w);
            outputs = result.get(0);
            finalStates.addAll(result.subNDList(1));
            if (layer < layers - 1) {
                layerInput = outputs.reshape(steps * batch, hidden);
                if (dropout > 0f) {
                    layerInput = Dropout.dropout(layerInput, dropout, training).head();
                }
            }
        }
        NDList out = new NDList(outputs.transpose(1, 0, 2));
        for (int s = 0; s < cell.states(); s++) {
            NDList perLayer = new NDList(layers);
            for (int layer = 0; layer < layers; layer++) {
                perLayer.add(finalStates.get(layer * cell.states() + s));
            }
            out.add(NDArrays.stack(perLayer, 0));
        }
        return out;
    }

    private static NDArray value(ParameterStore store, Parameter p, NDArray x, boolean training) {
        return store.getValue(p, x.getDevice(), training);
    }

    /** Per layer, the initial states as (B, H) arrays; zeros where the caller gave none. */
    private List<NDList> initialStates(NDList inputs, long batch) {
        List<NDList> perLayer = new ArrayList<>(layers);
        for (int layer = 0; layer < layers; layer++) {
            perLayer.add(new NDList(cell.states()));
        }
        NDArray x = inputs.get(0);
        NDArray zeros = null; // one zero array serves every missing state: the cells never modify inputs
        for (int s = 0; s < cell.states(); s++) {
            if (inputs.size() > s + 1) {
                NDList split = inputs.get(s + 1).split(layers, 0);
                for (int layer = 0; layer < layers; layer++) {
                    perLayer.get(layer).add(split.get(layer).squeeze(0));
                }
            } else {
                if (zeros == null) {
                    zeros = x.getManager().zeros(new Shape(batch, hidden), x.getDataType());
                }
                for (NDList states : perLayer) {
                    states.add(zeros);
                }
            }
        }
        return perLayer;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape x = inputShapes[0];
        Shape state = new Shape(layers, x.get(0), hidden);
        return cell.states() == 2
                ? new Shape[] {new Shape(x.get(0), x.get(1), hidden), state, state}
                : new Shape[] {new Shape(x.get(0), x.get(1), hidden), state};
    }

    @Override
    public void prepare(Shape[] inputShapes) {
        long gateRows = (long) gates * hidden;
        for (int layer = 0; layer < layers; layer++) {
            long in = layer == 0 ? inputShapes[0].get(2) : hidden;
            Parameter[] p = weights.get(layer);
            p[0].setShape(new Shape(gateRows, in));
            p[1].setShape(new Shape(gateRows, hidden));
            p[2].setShape(new Shape(gateRows));
            p[3].setShape(new Shape(gateRows));
        }
    }
}
