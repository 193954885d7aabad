package edu.rnnlab.experiment;

import ai.djl.nn.Block;
import edu.rnnlab.data.text.TextCorpus;
import edu.rnnlab.experiment.task.LanguageModelTask;
import edu.rnnlab.experiment.task.TextBaselines;
import edu.rnnlab.experiment.task.TextGeneration;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.Sampling;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text prepared for a character (or word) language model: the token stream split chronologically
 * ({@code dataset.train_fraction}, {@code val_fraction}), the task in the spec's sampling, count-based
 * baselines on the test split, and, after training, text generated greedily from the textbook prefix.
 */
final class TextData implements PreparedData {

    /** Tokens generated after the prefix for the summary. */
    static final int GENERATED_TOKENS = 50;

    private final TextCorpus corpus;
    private final LanguageModelTask task;
    private final Map<String, Map<String, Double>> baselines;

    TextData(TextCorpus corpus, DatasetSpec spec) {
        this.corpus = corpus;
        TextCorpus.Splits splits = corpus.split(spec.trainFraction(), spec.valFraction());
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
    public Map<String, String> extras(Block trainedModel) {
        // The run is over (the test pass was the last): free the state it carried.
        task.release();
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("generated", TextGeneration.greedy(trainedModel, corpus, TextGeneration.PREFIX, GENERATED_TOKENS));
        extras.put("vocabulary", Integer.toString(corpus.vocabulary().size()));
        return extras;
    }
}
