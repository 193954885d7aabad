package edu.rnnlab.model;

import ai.djl.ndarray.NDArray;
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
 * Token-level language model: {@code NDList(tokens (B, T) int32[, h0[, c0]])} to
 * {@code NDList(logits (B, T, V), hT[, cT])}. Tokens enter one-hot (the textbook's character model)
 * or through an embedding; a linear layer scores the next token at every step. The final states are
 * returned so that sequential sampling can carry them into the next batch (detached by the caller).
 */
public final class LanguageModel extends AbstractBlock {

    private final TokenEmbedding embedding;
    private final RecurrentEncoder encoder;
    private final Block head;
    private final int vocabulary;
    private final int inputSize;

    /** One-hot inputs when {@code embeddingSize == 0}, else an embedding of that size. */
    public LanguageModel(RecurrentEncoder encoder, int vocabulary, int embeddingSize) {
        this.embedding =
                embeddingSize > 0 ? addChildBlock("embedding", new TokenEmbedding(vocabulary, embeddingSize)) : null;
        this.encoder = addChildBlock("encoder", encoder);
        this.head = addChildBlock("head", Linear.builder().setUnits(vocabulary).build());
        this.vocabulary = vocabulary;
        this.inputSize = embeddingSize > 0 ? embeddingSize : vocabulary;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        NDArray steps = embedding == null
                ? tokens.oneHot(vocabulary)
                : embedding.forward(store, new NDList(tokens), training, params).head();
        NDList encoderInputs = new NDList(steps);
        encoderInputs.addAll(inputs.subNDList(1));
        NDList encoded = encoder.forward(store, encoderInputs, training, params);
        NDList out = head.forward(store, new NDList(encoded.get(0)), training, params);
        out.addAll(encoded.subNDList(1));
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape tokens = inputShapes[0];
        Shape[] encoded = encoder.getOutputShapes(new Shape[] {tokens.addAll(new Shape(inputSize))});
        encoded[0] = new Shape(tokens.get(0), tokens.get(1), vocabulary);
        return encoded;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape tokens = inputShapes[0];
        if (embedding != null) {
            embedding.initialize(manager, dataType, tokens);
        }
        encoder.initialize(manager, dataType, tokens.addAll(new Shape(inputSize)));
        head.initialize(manager, dataType, new Shape(tokens.get(0), tokens.get(1), encoder.outputSize()));
    }
}
