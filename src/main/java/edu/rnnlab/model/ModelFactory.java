package edu.rnnlab.model;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.model.cell.ScratchRecurrent;
import edu.rnnlab.model.library.KernelGuard;
import edu.rnnlab.model.library.KernelVerdict;
import edu.rnnlab.model.library.LibraryRecurrent;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the lab's models from a {@link ModelSpec}. Hand-written and library variants of one spec
 * have the same block structure and the same parameter names and shapes throughout, so weights copy
 * between them by name, and with the same seed both start from the same initial weights.
 */
public final class ModelFactory {

    private ModelFactory() {}

    /**
     * The recurrent encoder of the package contract: {@code NDList(x (B, T, F) float32[, h0[, c0]])} to
     * {@code NDList(y (B, T, D*H), hT (L*D, B, H)[, cT])}.
     *
     * @param spec the model spec (cell, implementation, hidden, layers, direction, dropout, GRU form)
     * @return an uninitialised block
     * @throws RnnlabException (bad input) when the spec is invalid; every factory method does
     */
    public static Block encoder(ModelSpec spec) {
        return newEncoder(spec);
    }

    /**
     * Sequence-to-one regression: {@code NDList(x (B, T, F) float32)} to
     * {@code NDList(prediction (B, outputs))}.
     *
     * @param spec    the model spec
     * @param outputs values predicted per sequence (e.g. 1 for the next value of one series)
     * @return an uninitialised block; initialise with the shape of {@code x}
     */
    public static Block regression(ModelSpec spec, int outputs) {
        SpecCheck.positive("outputs", outputs);
        return new RegressionModel(newEncoder(spec), outputs);
    }

    /**
     * Next-location classification: {@code NDList(venues (B, T) int32[, extras (B, T, extraFeatures)
     * float32])} to {@code NDList(logits (B, vocabulary))}. Venues are embedded with
     * {@code spec.embedding()} values ({@code spec.hidden()} when 0) and concatenated with the extras.
     *
     * @param spec          the model spec
     * @param vocabulary    number of venue classes (ids 0 .. vocabulary-1)
     * @param extraFeatures float features per step besides the venue; 0 for none
     * @return an uninitialised block; initialise with the shapes of venues (and extras)
     */
    public static Block nextLocation(ModelSpec spec, int vocabulary, int extraFeatures) {
        SpecCheck.positive("vocabulary", vocabulary);
        SpecCheck.nonNegative("extraFeatures", extraFeatures);
        int embedding = spec.embedding() == 0 ? spec.hidden() : spec.embedding();
        return new NextLocationModel(newEncoder(spec), vocabulary, embedding, extraFeatures);
    }

    /**
     * Language model: {@code NDList(tokens (B, T) int32[, states...])} to
     * {@code NDList(logits (B, T, vocabulary), hT[, cT])}; one-hot inputs when
     * {@code spec.embedding() == 0}, else an embedding. Pass the returned states (detached with
     * {@code stopGradient()}) back in to carry them across batches.
     *
     * @param spec       the model spec; {@code embedding: 0} means one-hot inputs
     * @param vocabulary number of token classes (ids 0 .. vocabulary-1)
     * @return an uninitialised block; initialise with the shape of {@code tokens}
     */
    public static Block languageModel(ModelSpec spec, int vocabulary) {
        SpecCheck.positive("vocabulary", vocabulary);
        return new LanguageModel(newEncoder(spec), vocabulary, spec.embedding());
    }

    /**
     * Sequence-to-sequence translation (d2l's GRU encoder-decoder, {@link TranslationModel}):
     * {@code NDList(source (B, T) int32, decoderInput (B, T') int32)} to {@code NDList(logits (B, T', V))},
     * in inference also the greedy translation. Encoder and decoder both follow the spec (cell,
     * implementation, hidden, layers, dropout); one direction only, since the decoder cannot read ahead.
     *
     * @param spec             the model spec; {@code embedding} is the word embedding size (0: {@code hidden})
     * @param sourceVocabulary source token classes
     * @param targetVocabulary target token classes
     * @param bos              the target's begin-of-sequence index
     * @return an uninitialised block; initialise with the shapes of source and decoder input
     */
    public static Block translation(ModelSpec spec, int sourceVocabulary, int targetVocabulary, int bos) {
        SpecCheck.positive("sourceVocabulary", sourceVocabulary);
        SpecCheck.positive("targetVocabulary", targetVocabulary);
        if (spec.bidirectional()) {
            throw RnnlabException.badInput("models[].bidirectional: a translation model's decoder generates left to"
                    + " right and cannot use a backward direction; remove 'bidirectional: true'.");
        }
        int embedding = spec.embedding() == 0 ? spec.hidden() : spec.embedding();
        return new TranslationModel(
                newEncoder(spec), newEncoder(spec), sourceVocabulary, targetVocabulary, embedding, bos);
    }

    /**
     * The number of scalar parameters of an initialised block (weights and biases, all children).
     *
     * @param initializedBlock a block after {@code initialize} (or {@code trainer.initialize})
     * @return the total count, as PyTorch's {@code sum(p.numel() for p in model.parameters())}
     * @throws IllegalStateException when the block is not initialised yet
     */
    public static long parameterCount(Block initializedBlock) {
        long count = 0;
        for (Pair<String, Parameter> pair : initializedBlock.getParameters()) {
            Parameter parameter = pair.getValue();
            if (!parameter.isInitialized()) {
                throw new IllegalStateException("parameter " + pair.getKey() + " is not initialised yet: "
                        + "call block.initialize(...) or trainer.initialize(...) first");
            }
            count += parameter.getArray().size();
        }
        return count;
    }

    /**
     * The library-kernel checks of every recurrent encoder in an initialised model, for provenance: empty
     * for hand-written models.
     */
    public static List<KernelVerdict> kernelVerdicts(Block initializedBlock) {
        List<KernelVerdict> found = new ArrayList<>();
        collect(initializedBlock, found);
        return found;
    }

    private static void collect(Block block, List<KernelVerdict> into) {
        if (block instanceof RecurrentEncoder encoder) {
            into.addAll(encoder.kernelVerdicts());
            return;
        }
        block.getChildren().values().forEach(child -> collect(child, into));
    }

    private static RecurrentEncoder newEncoder(ModelSpec spec) {
        if (spec.impl() == Implementation.SCRATCH) {
            return new RecurrentEncoder(
                    spec,
                    (layers, rate) -> new ScratchRecurrent(spec.cell(), spec.gruForm(), spec.hidden(), layers, rate),
                    RecurrentEncoder.UnitCheck.NONE);
        }
        // every library unit is compared with its hand-written twin on this machine before use (KernelGuard)
        return new RecurrentEncoder(
                spec,
                (layers, rate) -> LibraryRecurrent.block(spec.cell(), spec.hidden(), layers, rate),
                (features, layers) -> KernelGuard.verdict(spec.cell(), features, spec.hidden(), layers));
    }
}
