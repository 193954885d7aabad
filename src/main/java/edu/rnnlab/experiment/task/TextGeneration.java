package edu.rnnlab.experiment.task;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import edu.rnnlab.data.text.TextCorpus;
import edu.rnnlab.run.Tokens;
import java.util.Locale;

/**
 * Greedy text generation with a trained language model, as the textbook's {@code predict_ch8}: the
 * prefix warms the state up (one forward over all its tokens), then the most likely next token is
 * chosen and fed back, with the state, one step at a time.
 */
public final class TextGeneration {

    /** The textbook's prefix. */
    public static final String PREFIX = "time traveller ";

    private TextGeneration() {}

    /** The prefix followed by {@code count} greedily generated tokens. */
    public static String greedy(Block model, TextCorpus corpus, String prefix, int count) {
        int[] ids = encode(corpus, prefix);
        if (ids.length == 0) {
            throw new IllegalArgumentException("the prefix '" + prefix + "' has no tokens");
        }
        Device device = model.getParameters().valueAt(0).getArray().getDevice();
        int[] generated = new int[count];
        try (NDManager manager = NDManager.newBaseManager(device)) {
            ParameterStore store = new ParameterStore(manager, false);
            NDList out = model.forward(store, new NDList(manager.create(ids, new Shape(1, ids.length))), false);
            for (int i = 0; i < count; i++) {
                NDArray last = out.head().get(0).get(-1);
                generated[i] = (int) last.argMax().toType(DataType.INT64, false).getLong();
                if (i + 1 < count) {
                    NDList in = new NDList(manager.create(new int[] {generated[i]}, new Shape(1, 1)));
                    in.addAll(out.subNDList(1));
                    out = model.forward(store, in, false);
                }
            }
        }
        String text = corpus.decode(generated);
        return corpus.tokens() == Tokens.WORD ? prefix.strip() + " " + text : prefix + text;
    }

    /**
     * The prefix's token ids. Characters are mapped one by one (the corpus' own tokenizer strips a
     * trailing space, and the textbook's prefix ends in one); non-letters become spaces, as in the text.
     */
    static int[] encode(TextCorpus corpus, String prefix) {
        if (corpus.tokens() == Tokens.WORD) {
            return corpus.encode(prefix);
        }
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", " ");
        return clean.chars()
                .map(c -> corpus.vocabulary().index(String.valueOf((char) c)))
                .toArray();
    }
}
