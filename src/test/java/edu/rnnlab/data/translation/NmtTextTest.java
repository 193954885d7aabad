package edu.rnnlab.data.translation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The textbook's preprocessing, tokenisation and vocabulary, on the characters that make it tricky. */
class NmtTextTest {

    @Test
    void noBreakSpacesBecomeSpacesAndPunctuationIsSplitOff() {
        assertEquals("cours !", NmtText.preprocess("Cours\u202f!"));
        assertEquals("va !", NmtText.preprocess("Va !"));
        assertEquals("hi .", NmtText.preprocess("Hi."));
        assertEquals("j'ai 20 ans .", NmtText.preprocess("J'ai 20\u00a0ans."));
        assertEquals("attends , quoi ?", NmtText.preprocess("Attends, quoi?"));
        // only , . ! ? are split off, and only when not already preceded by a space; never at the start
        assertEquals("!", NmtText.preprocess("!"));
        assertEquals("c'est l'été ; non ?", NmtText.preprocess("C'est l'Été ; non ?"));
        assertEquals("quoi ? !", NmtText.preprocess("Quoi?!"));
        assertEquals("3 .5", NmtText.preprocess("3.5")); // as d2l: the rule knows no numbers
    }

    @Test
    void wordsAreSpaceSeparated() {
        assertEquals(
                List.of("j'ai", "perdu", "."),
                SentencePair.of("x", "J'ai perdu.").target());
        assertEquals(
                List.of("he's", "calm", "."), SentencePair.of("He's calm.", "x").source());
    }

    @Test
    void vocabularyReservesFourTokensAndKeepsWordsSeenTwice() {
        SentenceVocabulary v = SentenceVocabulary.fit(
                List.of(List.of("va", "!"), List.of("cours", "!"), List.of("va", "vite", "!")), 2);
        assertEquals(List.of("<unk>", "<pad>", "<bos>", "<eos>", "!", "va"), words(v));
        assertEquals(SentenceVocabulary.UNK, v.index("cours"));
        assertEquals(SentenceVocabulary.UNK, v.index("never-seen"));
        assertEquals(5, v.index("va"));
    }

    @Test
    void sentencesGetEosThenPaddingOrAreCut() {
        SentenceVocabulary v = SentenceVocabulary.fit(List.of(List.of("a", "b", "a", "b")), 2);
        int[] out = new int[4];
        assertEquals(3, v.encode(List.of("a", "b"), 4, out, 0));
        assertArrayEquals(new int[] {v.index("a"), v.index("b"), SentenceVocabulary.EOS, SentenceVocabulary.PAD}, out);
        assertEquals(4, v.encode(List.of("a", "b", "a", "c", "b"), 4, out, 0));
        assertArrayEquals(new int[] {v.index("a"), v.index("b"), v.index("a"), SentenceVocabulary.UNK}, out);
    }

    private static List<String> words(SentenceVocabulary v) {
        return java.util.stream.IntStream.range(0, v.size()).mapToObj(v::word).toList();
    }
}
