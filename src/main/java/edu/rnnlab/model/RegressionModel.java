package edu.rnnlab.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Sequence-to-one regression: {@code NDList(x (B, T, F))} to {@code NDList(prediction (B, outputs))},
 * a linear layer on the encoder's summary of the sequence (the last layer's final hidden states, both
 * directions concatenated when bidirectional).
 */
public final class RegressionModel extends AbstractBlock {

    private final RecurrentEncoder encoder;
    private final Block head;

    /** The encoder followed by a linear head of {@code outputs} units. */
    public RegressionModel(RecurrentEncoder encoder, int outputs) {
        this.encoder = addChildBlock("encoder", encoder);
        this.head = addChildBlock("head", Linear.builder().setUnits(outputs).build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList encoded = encoder.forward(store, new NDList(inputs.get(0)), training, params);
        return head.forward(store, new NDList(encoder.lastLayerFeatures(encoded)), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape features = new Shape(inputShapes[0].get(0), encoder.outputSize());
        return head.getOutputShapes(new Shape[] {features});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes[0]);
        head.initialize(manager, dataType, new Shape(inputShapes[0].get(0), encoder.outputSize()));
    }
}
