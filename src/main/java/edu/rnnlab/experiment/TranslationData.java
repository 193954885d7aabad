package edu.rnnlab.experiment;

import ai.djl.nn.Block;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.translation.SentencePair;
import edu.rnnlab.data.translation.SentenceVocabulary;
import edu.rnnlab.data.translation.TranslationPairs;
import edu.rnnlab.experiment.task.BookSentences;
import edu.rnnlab.experiment.task.TranslationBaselines;
import edu.rnnlab.experiment.task.TranslationTask;
import edu.rnnlab.metric.Metric;
import edu.rnnlab.model.ModelFactory;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.train.Selection;
import edu.rnnlab.train.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence pairs prepared for the textbook's encoder-decoder. Training takes the first
 * {@code dataset.first} pairs of the file (the book trains on its first 600); validation and test are the
 * pairs that follow, in file order, {@code first * val_fraction / train_fraction} and
 * {@code first * (1 - train_fraction - val_fraction) / train_fraction} of them (200 each for 600 and the
 * default 0.6 / 0.2), dealt alternately: held-out pairs the book does not have, so that BLEU measures
 * translation rather than recall. The epoch is selected on validation BLEU. With {@code first: 0} the whole file is split in order by the fractions. Vocabularies
 * (words seen twice, {@code dataset.min_count}) are fitted on the training pairs only.
 */
final class TranslationData implements PreparedData {

    private final TranslationTask task;
    private final SentenceVocabulary source;
    private final SentenceVocabulary target;
    private final int steps;
    private final DataSource dataSource;
    private final Map<String, Map<String, Double>> baselines;

    TranslationData(java.nio.file.Path file, boolean builtIn, DatasetSpec spec) {
        int[] sizes = sizes(spec, 0);
        int needed = sizes[0] + sizes[1] + sizes[2];
        TranslationPairs read = TranslationPairs.read(file, spec.first() == 0 ? 0 : needed, builtIn);
        List<SentencePair> pairs = read.pairs();
        if (spec.first() == 0) {
            sizes = sizes(spec, pairs.size());
            // rounding may ask for one pair more than the file has: the test split gives it up
            sizes[2] = Math.max(0, Math.min(sizes[2], pairs.size() - sizes[0] - sizes[1]));
        } else if (pairs.size() < needed) {
            throw RnnlabException.badInput("dataset.first = " + spec.first() + " needs " + needed
                    + " sentence pairs (training, then " + sizes[1] + " validation and " + sizes[2]
                    + " test pairs after them) but " + file.getFileName() + " has " + pairs.size()
                    + "; lower dataset.first or train_fraction.");
        }
        if (sizes[0] < 1 || sizes[1] < 1 || sizes[2] < 1) {
            throw RnnlabException.badInput(file.getFileName() + ": " + sizes[0] + " training, " + sizes[1]
                    + " validation and " + sizes[2] + " test pairs; every split needs at least one. Use a larger"
                    + " file or dataset.first, or other train_fraction / val_fraction.");
        }
        List<SentencePair> train = pairs.subList(0, sizes[0]);
        List<SentencePair> val = new ArrayList<>();
        List<SentencePair> test = new ArrayList<>();
        interleave(pairs.subList(sizes[0], sizes[0] + sizes[1] + sizes[2]), sizes[1], val, test);
        this.steps = spec.window();
        this.source =
                SentenceVocabulary.fit(train.stream().map(SentencePair::source).toList(), spec.minCount());
        this.target =
                SentenceVocabulary.fit(train.stream().map(SentencePair::target).toList(), spec.minCount());
        this.task = new TranslationTask(train, val, test, source, target, steps);
        this.dataSource = read.source();
        this.baselines = TranslationBaselines.evaluate(train, test, steps);
    }

    /**
     * Deals the held-out pairs to validation and test in turn, {@code valCount} to validation: the file is
     * sorted by length and then roughly alphabetically, so consecutive blocks would give the two splits
     * different sentences ("I ..." against "It's ..."), and selection on one would not carry to the other.
     */
    static void interleave(List<SentencePair> heldOut, int valCount, List<SentencePair> val, List<SentencePair> test) {
        long n = heldOut.size();
        for (int i = 0; i < n; i++) {
            boolean toVal = (i + 1) * (long) valCount / n > i * (long) valCount / n;
            (toVal ? val : test).add(heldOut.get(i));
        }
    }

    /**
     * Training, validation and test sizes: from {@code dataset.first}, or, when it is 0, from the
     * {@code total} pairs of the file.
     */
    static int[] sizes(DatasetSpec spec, int total) {
        double trainShare = spec.trainFraction();
        double valShare = spec.valFraction();
        double testShare = 1 - trainShare - valShare;
        if (trainShare <= 0 || valShare < 0 || testShare < -1e-9) {
            throw RnnlabException.badInput("dataset.train_fraction = " + trainShare + " and val_fraction = " + valShare
                    + " must be shares of the pairs that add up to at most 1.");
        }
        int train = spec.first() > 0 ? spec.first() : (int) Math.round(total * trainShare);
        int val = (int) Math.round(train * valShare / trainShare);
        int test = (int) Math.round(train * Math.max(testShare, 0) / trainShare);
        return new int[] {train, val, test};
    }

    /** The epoch is chosen by the task's own score on held-out pairs: the highest validation BLEU. */
    @Override
    public Selection selection() {
        return new Selection(Split.VAL, Metric.BLEU.key());
    }

    @Override
    public TranslationTask task() {
        return task;
    }

    @Override
    public Block model(ModelSpec spec) {
        return ModelFactory.translation(spec, source.size(), target.size(), SentenceVocabulary.BOS);
    }

    @Override
    public Shape shape(ModelSpec spec) {
        int embedding = spec.embedding() == 0 ? spec.hidden() : spec.embedding();
        return new Shape(embedding + spec.hidden(), target.size(), source.size() + target.size());
    }

    @Override
    public DataSource source() {
        return dataSource;
    }

    @Override
    public Map<String, Map<String, Double>> baselines() {
        return baselines;
    }

    @Override
    public Map<String, String> extras(Block trainedModel) {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("translations", BookSentences.translate(trainedModel, source, target, steps, BookSentences.PAIRS));
        extras.put("vocabulary", source.size() + " English, " + target.size() + " French");
        return extras;
    }
}
