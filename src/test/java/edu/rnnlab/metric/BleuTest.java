package edu.rnnlab.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BLEU (k = 2) against values worked out by hand from d2l's definition. */
class BleuTest {

    private static final double EPS = 1e-12;

    private static List<String> words(String sentence) {
        return sentence.isEmpty() ? List.of() : Arrays.asList(sentence.split(" "));
    }

    private static double bleu(String predicted, String reference) {
        return Bleu.score(words(predicted), words(reference), 2);
    }

    @Test
    void perfectTranslationScoresOne() {
        assertEquals(1.0, bleu("il est calme .", "il est calme ."), EPS);
    }

    @Test
    void shortPredictionPaysTheBrevityPenalty() {
        // bp = exp(1 - 5/4); p1 = 3/4 (je, suis, .); p2 = 1/3 (je suis); the book prints 0.512 for it
        double expected = Math.exp(1 - 5 / 4.0) * Math.pow(3 / 4.0, 0.5) * Math.pow(1 / 3.0, 0.25);
        assertEquals(expected, bleu("je suis <unk> .", "je suis chez moi ."), EPS);
        assertEquals(0.5125, expected, 5e-5);
        // a correct prefix is still punished for what it leaves out: bp = exp(1 - 4/2), p1 = p2 = 1
        assertEquals(Math.exp(-1), bleu("il est", "il est calme ."), EPS);
    }

    @Test
    void longPredictionHasNoPenaltyButLowerPrecision() {
        // bp = 1; p1 = 2/3; p2 = 1/2
        assertEquals(Math.pow(2 / 3.0, 0.5) * Math.pow(0.5, 0.25), bleu("a b c", "a b"), EPS);
    }

    @Test
    void eachReferenceNgramMatchesOnlyAsOftenAsItOccurs() {
        // p1 = 1/3 (one "a" in the reference); no bigram "a a" in it: p2 = 0
        assertEquals(0.0, bleu("a a a", "a b"), EPS);
        // longer than the reference: bp = 1; p1 = 2/4, p2 = 1/3: "a b" matches once, not twice
        double expected = Math.pow(0.5, 0.5) * Math.pow(1 / 3.0, 0.25);
        assertEquals(expected, bleu("a b a b", "a b c"), EPS);
    }

    @Test
    void noMatchingWordScoresZero() {
        assertEquals(0.0, bleu("<unk> !", "va !".replace("!", "?")), EPS);
        assertEquals(0.0, bleu("x y z", "a b c"), EPS);
    }

    @Test
    void predictionsWithoutBigramsScoreZero() {
        assertEquals(0.0, bleu("va", "va !"), EPS);
        assertEquals(0.0, bleu("", "va !"), EPS);
        assertEquals(1.0, Bleu.score(words("va"), words("va"), 1), EPS);
        assertThrows(IllegalArgumentException.class, () -> Bleu.score(words("a"), words("a"), 0));
    }

    @Test
    void bleuIsInTheCatalogueAsAHigherIsBetterTranslationMetric() {
        assertEquals(List.of(Metric.BLEU), Metric.of(Metric.Task.TRANSLATION));
        assertEquals(true, Metric.higherIsBetter("bleu"));
        assertEquals(Metric.Task.TRANSLATION, Metric.taskOf(edu.rnnlab.run.DatasetKind.TRANSLATION));
    }
}
