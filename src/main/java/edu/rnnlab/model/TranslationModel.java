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
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;

/**
 * The "Dive into Deep Learning" sequence-to-sequence encoder-decoder (section 9.7): source tokens are
 * embedded and read by a recurrent encoder; its final states start a recurrent decoder whose input at
 * every step is the target token's embedding concatenated with the context, the encoder's final
 * top-layer hidden state; a linear layer scores the target vocabulary.
 *
 * <p>{@code NDList(source (B, T) int32, decoderInput (B, T') int32)} to {@code NDList(logits (B, T', V))}
 * in training (teacher forcing: the caller passes the targets shifted right behind {@code <bos>}). In
 * inference the output also holds {@code greedy (B, T') int32}, the model's own translation: decoded one
 * step at a time from {@code <bos>}, each step's most likely token fed back, T' steps (the caller cuts
 * each row at its first {@code <eos>}). Rows are independent, so a batch decodes as sentences one by one.
 *
 * <p>The context stays the encoder's state at every step, as in the book's second edition; the first
 * edition's code took it from the decoder's current state during prediction, a known slip. Recurrent
 * and output weights start Xavier-uniform as the book's {@code xavier_init_weights} (PyTorch's
 * {@code xavier_uniform_}, {@code U(±sqrt(6 / (fan_in + fan_out)))}); embeddings {@code N(0, 1)}.
 */
public final class TranslationModel extends AbstractBlock {

    private final TokenEmbedding sourceEmbedding;
    private final RecurrentEncoder encoder;
    private final TokenEmbedding targetEmbedding;
    private final RecurrentEncoder decoder;
    private final Block output;
    private final int embedding;
    private final int bos;

    /**
     * @param encoder          reads the embedded source (input width {@code embedding})
     * @param decoder          of the same cell, depth and width; reads embedding + context
     * @param sourceVocabulary source token classes
     * @param targetVocabulary target token classes: the output size
     * @param embedding        embedding size of both languages
     * @param bos              the target's begin-of-sequence index, the first input of greedy decoding
     */
    public TranslationModel(
            RecurrentEncoder encoder,
            RecurrentEncoder decoder,
            int sourceVocabulary,
            int targetVocabulary,
            int embedding,
            int bos) {
        this.sourceEmbedding = addChildBlock("source_embedding", new TokenEmbedding(sourceVocabulary, embedding));
        this.encoder = addChildBlock("encoder", encoder);
        this.targetEmbedding = addChildBlock("target_embedding", new TokenEmbedding(targetVocabulary, embedding));
        this.decoder = addChildBlock("decoder", decoder);
        this.output = addChildBlock(
                "output", Linear.builder().setUnits(targetVocabulary).build());
        this.embedding = embedding;
        this.bos = bos;
        XavierInitializer xavier =
                new XavierInitializer(XavierInitializer.RandomType.UNIFORM, XavierInitializer.FactorType.AVG, 3);
        encoder.setInitializer(xavier, Parameter.Type.WEIGHT);
        decoder.setInitializer(xavier, Parameter.Type.WEIGHT);
        output.setInitializer(xavier, Parameter.Type.WEIGHT);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray source = inputs.get(0);
        NDArray decoderInput = inputs.get(1);
        NDArray embedded = sourceEmbedding
                .forward(store, new NDList(source), training, params)
                .head();
        NDList encoded = encoder.forward(store, new NDList(embedded), training, params);
        NDArray context = encoder.lastLayerFeatures(encoded);
        NDList states = encoded.subNDList(1);
        NDList out = new NDList(
                decode(store, decoderInput, states, context, training, params).get(0));
        if (!training) {
            out.add(greedy(store, states, context, decoderInput.getShape().get(1), params));
        }
        return out;
    }

    /** One decoder pass over {@code tokens (B, T)}: {@code NDList(logits (B, T, V), states...)}. */
    private NDList decode(
            ParameterStore store,
            NDArray tokens,
            NDList states,
            NDArray context,
            boolean training,
            PairList<String, Object> params) {
        long steps = tokens.getShape().get(1);
        NDArray x = targetEmbedding
                .forward(store, new NDList(tokens), training, params)
                .head();
        NDArray repeated = context.expandDims(1).repeat(1, steps);
        NDList in = new NDList(NDArrays.concat(new NDList(x, repeated), 2));
        in.addAll(states);
        NDList decoded = decoder.forward(store, in, training, params);
        NDList out = output.forward(store, new NDList(decoded.get(0)), training, params);
        out.addAll(decoded.subNDList(1));
        return out;
    }

    /** Greedy decoding from {@code <bos>} for {@code steps} steps: {@code (B, steps)} int32. */
    private NDArray greedy(
            ParameterStore store, NDList states, NDArray context, long steps, PairList<String, Object> params) {
        long batch = context.getShape().get(0);
        NDArray token = context.getManager().full(new Shape(batch, 1), bos, DataType.INT32);
        NDList chosen = new NDList();
        for (long t = 0; t < steps; t++) {
            NDList step = decode(store, token, states, context, false, params);
            token = step.get(0).argMax(2).toType(DataType.INT32, false);
            chosen.add(token);
            states = step.subNDList(1);
        }
        return NDArrays.concat(chosen, 1);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape target = inputShapes[1];
        return new Shape[] {new Shape(target.get(0), target.get(1), targetEmbedding.vocabulary())};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape source = inputShapes[0];
        Shape target = inputShapes[1];
        sourceEmbedding.initialize(manager, dataType, source);
        encoder.initialize(manager, dataType, source.addAll(new Shape(embedding)));
        targetEmbedding.initialize(manager, dataType, target);
        decoder.initialize(manager, dataType, target.addAll(new Shape(embedding + encoder.outputSize())));
        output.initialize(manager, dataType, new Shape(target.get(0), target.get(1), decoder.outputSize()));
    }
}
