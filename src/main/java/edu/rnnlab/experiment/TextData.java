package edu.rnnlab.experiment;

import ai.djl.nn.Block;
import edu.rnnlab.data.text.TextCorpus;
import edu.rnnlab.experiment.task.LanguageModelTask;
import edu.rnnlab.experiment.task.TextBaselines;
import edu.rnnlab.experiment.task.TextGeneration;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.Protocol;
import edu.rnnlab.run.Sampling;
import edu.rnnlab.train.Selection;
import edu.rnnlab.train.Split;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text prepared for a character (or word) language model: the token stream (its first
 * {@code dataset.first} tokens when set) split chronologically ({@code dataset.train_fraction},
 * {@code val_fraction}) or, under the textbook protocol, used whole for training and scoring; the task
 * in the spec's sampling, count-based baselines on the scored split, and, after training, text
 * generated greedily from the textbook prefix.
 */
final class TextData implements PreparedData {

    /** Tokens generated after the prefix for the summary. */
    static final int GENERATED_TOKENS = 50;

    private final TextCorpus corpus;
    private final boolean textbook;
    private final LanguageModelTask task;
    private final Map<String, Map<String, Double>> baselines;

    TextData(TextCorpus whole, DatasetSpec spec) {
        this.textbook = spec.protocol() == Protocol.TEXTBOOK;
        TextCorpus cut = whole.first(spec.first());
        // Held-out text must not shape the vocabulary: refit it on the training part. The book's protocol
        // keeps the whole-book vocabulary it publishes (it has no held-out text to leak).
        this.corpus = textbook ? cut : cut.fittedOnFirst(cut.trainTokens(spec.trainFraction()));
        // The textbook protocol has no held-out text: it trains on every token and scores those same tokens.
        TextCorpus.Splits splits = textbook
                ? new TextCorpus.Splits(corpus.ids(), new int[0], corpus.ids())
                : corpus.split(spec.trainFraction(), spec.valFraction());
        this.task = new LanguageModelTask(
                splits.train(),
                splits.val(),
                splits.test(),
                corpus.vocabulary().size(),
                spec.window(),
                spec.sampling() == Sampling.SEQUENTIAL);
        this.baselines = TextBaselines.evaluate(
                splits.train(), splits.test(), corpus.vocabulary().size());
    }

    /** The corpus (vocabulary, encoding). */
    TextCorpus corpus() {
        return corpus;
    }

    @Override
    public LanguageModelTask task() {
        return task;
    }

    @Override
    public Block model(ModelSpec spec) {
        return ModelFactory.languageModel(spec, corpus.vocabulary().size());
    }

    @Override
    public Shape shape(ModelSpec spec) {
        int vocabulary = corpus.vocabulary().size();
        // One-hot inputs (embedding 0) have no table; an embedding has one row per token.
        return spec.embedding() == 0
                ? new Shape(vocabulary, vocabulary, 0)
                : new Shape(spec.embedding(), vocabulary, vocabulary);
    }

    @Override
    public DataSource source() {
        return corpus.source();
    }

    @Override
    public Map<String, Map<String, Double>> baselines() {
        return baselines;
    }

    @Override
    public Selection selection() {
        // Without held-out text the book's protocol scores (and so selects on) its training text, the "test" split.
        return textbook ? new Selection(Split.TEST, Metric.LOSS.key()) : Selection.VALIDATION_LOSS;
    }

    @Override
    public Map<String, String> extras(Block trainedModel) {
        // The run is over (the test pass was the last): free the state it carried.
        task.release();
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("generated", TextGeneration.greedy(trainedModel, corpus, TextGeneration.PREFIX, GENERATED_TOKENS));
        extras.put("vocabulary", Integer.toString(corpus.vocabulary().size()));
        return extras;
    }
}
