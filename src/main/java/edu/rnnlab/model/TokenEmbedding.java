package edu.rnnlab.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * A trainable lookup table from integer token ids to vectors: {@code (B, T)} int32 ids to
 * {@code (B, T, size)} float32. DJL's own embeddings are keyed by Java objects (words); ours are
 * already class indices. Initialised like PyTorch's {@code nn.Embedding}, {@code N(0, 1)}.
 */
public final class TokenEmbedding extends AbstractBlock {

    private final int vocabulary;
    private final int size;
    private final Parameter table;

    /** A table of {@code vocabulary} rows of {@code size} values. */
    public TokenEmbedding(int vocabulary, int size) {
        this.vocabulary = vocabulary;
        this.size = size;
        this.table = addParameter(Parameter.builder()
                .setName("embedding")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new NormalInitializer(1f))
                .optShape(new Shape(vocabulary, size))
                .build());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        var ids = inputs.get(0);
        var weight = store.getValue(table, ids.getDevice(), training);
        return Embedding.embedding(ids, weight, SparseFormat.DENSE);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0].addAll(new Shape(size))};
    }

    /** Rows of the table. */
    public int vocabulary() {
        return vocabulary;
    }
}
