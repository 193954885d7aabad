package edu.rnnlab.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
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
 * Next-location classification over a check-in trajectory:
 * {@code NDList(venues (B, T) int32[, extras (B, T, X) float32])} to {@code NDList(logits (B, V))}.
 * Each step's venue is embedded, concatenated with the step's extra features (time of day, category,
 * ...), encoded, and a linear layer scores every venue from the sequence summary.
 */
public final class NextLocationModel extends AbstractBlock {

    private final TokenEmbedding embedding;
    private final RecurrentEncoder encoder;
    private final Block head;
    private final int embeddingSize;
    private final int extraFeatures;

    /** Embedding of {@code embeddingSize} values per venue, then encoder and head. */
    public NextLocationModel(RecurrentEncoder encoder, int vocabulary, int embeddingSize, int extraFeatures) {
        this.embedding = addChildBlock("embedding", new TokenEmbedding(vocabulary, embeddingSize));
        this.encoder = addChildBlock("encoder", encoder);
        this.head = addChildBlock("head", Linear.builder().setUnits(vocabulary).build());
        this.embeddingSize = embeddingSize;
        this.extraFeatures = extraFeatures;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray steps = embedding
                .forward(store, new NDList(inputs.get(0)), training, params)
                .head();
        if (extraFeatures > 0) {
            if (inputs.size() < 2) {
                throw new IllegalArgumentException("this model expects " + extraFeatures
                        + " extra features per step as a second input (B, T, " + extraFeatures + ")");
            }
            steps = NDArrays.concat(new NDList(steps, inputs.get(1)), 2);
        }
        NDList encoded = encoder.forward(store, new NDList(steps), training, params);
        return head.forward(store, new NDList(encoder.lastLayerFeatures(encoded)), training, params);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return head.getOutputShapes(new Shape[] {new Shape(inputShapes[0].get(0), encoder.outputSize())});
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape venues = inputShapes[0];
        embedding.initialize(manager, dataType, venues);
        encoder.initialize(
                manager, dataType, new Shape(venues.get(0), venues.get(1), (long) embeddingSize + extraFeatures));
        head.initialize(manager, dataType, new Shape(venues.get(0), encoder.outputSize()));
    }
}
