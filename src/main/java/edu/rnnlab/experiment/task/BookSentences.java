package edu.rnnlab.experiment.task;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import edu.rnnlab.data.translation.SentencePair;
import edu.rnnlab.data.translation.SentenceVocabulary;
import edu.rnnlab.metric.Bleu;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The four sentences the textbook translates after training (section 9.7.4), greedily translated by the
 * trained model and scored against the book's references. Whether they were training pairs depends on
 * the data read ({@code dataset.first}); the held-out BLEU is the honest number, these are illustrations.
 */
public final class BookSentences {

    /** English sentences and the book's French references, already preprocessed. */
    public static final List<SentencePair> PAIRS = List.of(
            SentencePair.of("go .", "va !"),
            SentencePair.of("i lost .", "j'ai perdu ."),
            SentencePair.of("he's calm .", "il est calme ."),
            SentencePair.of("i'm home .", "je suis chez moi ."));

    private BookSentences() {}

    /**
     * One line per sentence, {@code english TAB reference TAB translation TAB bleu} (BLEU with 6 decimals),
     * the format the report reads back from the summary.
     */
    public static String translate(
            Block model, SentenceVocabulary source, SentenceVocabulary target, int steps, List<SentencePair> pairs) {
        int n = pairs.size();
        int[] src = new int[n * steps];
        int[] dec = new int[n * steps];
        for (int i = 0; i < n; i++) {
            source.encode(pairs.get(i).source(), steps, src, i * steps);
            dec[i * steps] = SentenceVocabulary.BOS; // only the shape matters for the greedy output
        }
        Device device = model.getParameters().valueAt(0).getArray().getDevice();
        int[] greedy;
        try (NDManager manager = NDManager.newBaseManager(device)) {
            Shape shape = new Shape(n, steps);
            NDList out = model.forward(
                    new ParameterStore(manager, false),
                    new NDList(manager.create(src, shape), manager.create(dec, shape)),
                    false);
            greedy = out.get(1).toIntArray();
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> words = BleuEvaluation.words(target, greedy, i * steps, steps);
            double bleu = Bleu.score(words, pairs.get(i).target(), BleuEvaluation.K);
            lines.add(String.join(" ", pairs.get(i).source())
                    + '\t'
                    + String.join(" ", pairs.get(i).target())
                    + '\t'
                    + String.join(" ", words)
                    + '\t'
                    + String.format(Locale.ROOT, "%.6f", bleu));
        }
        return String.join("\n", lines);
    }
}
