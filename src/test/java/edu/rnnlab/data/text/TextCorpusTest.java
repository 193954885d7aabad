package edu.rnnlab.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.vocab.Vocabulary;
import edu.rnnlab.run.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class TextCorpusTest {

    @TempDir
    Path dir;

    private static Path timeMachine() {
        Path p = Path.of("").toAbsolutePath().getParent().resolve("shared/datasets/timemachine/timemachine.txt");
        Assumptions.assumeTrue(Files.isRegularFile(p), "shared timemachine.txt absent");
        return p;
    }

    @Test
    void timeMachineCharactersAsTheTextbookReports() {
        TextCorpus c = TextCorpus.load(timeMachine(), Tokens.CHAR, false);
        assertEquals(170_580, c.ids().length);
        assertEquals(28, c.vocabulary().size());
        assertEquals(
                List.of("<unk>", " ", "e", "t", "a", "i", "n", "o", "s", "h"),
                c.vocabulary().keys().subList(0, 10));
        assertEquals("the time machine by h g wells", c.decode(java.util.Arrays.copyOf(c.ids(), 29)));
        assertEquals(
                "8424dbd9532ac81f7e5f0b6add90e6952baea29158309d7d1bf3884f4e12c516",
                c.source().files().get(0).sha256());
        TextCorpus.Splits s = c.split(0.8, 0.1);
        assertEquals(136_464, s.train().length);
        assertEquals(17_058, s.val().length);
        assertEquals(170_580, s.train().length + s.val().length + s.test().length);
    }

    @Test
    void timeMachineWords() {
        TextCorpus c = TextCorpus.load(timeMachine(), Tokens.WORD, false);
        assertEquals(32_775, c.ids().length);
        assertEquals(4_580, c.vocabulary().size());
        assertEquals(
                List.of("the", "i", "and", "of", "a"), c.vocabulary().keys().subList(1, 6));
        assertEquals(2261, c.vocabulary().count(1));
        assertEquals(816, c.vocabulary().count(5));
    }

    @Test
    void normalisesLikeTheTextbook() {
        TextCorpus c = TextCorpus.of("t", "Hello, World!\r\n\n  It's 1895.\n", Tokens.CHAR, null);
        assertEquals("hello worldit s", c.decode(c.ids()));
        assertArrayEquals(new int[] {c.vocabulary().index("h"), Vocabulary.UNKNOWN}, c.encode("Hz"));
        TextCorpus w = TextCorpus.of("t", "a b a\nc a", Tokens.WORD, null);
        assertEquals(List.of("<unk>", "a", "b", "c"), w.vocabulary().keys());
        assertEquals("a b a c a", w.decode(w.ids()));
    }

    private static void fails(Executable action, String... parts) {
        RnnlabException e = assertThrows(RnnlabException.class, action);
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void nonUtf8NamesTheByteOffset() throws Exception {
        Path f = Files.write(dir.resolve("latin.txt"), new byte[] {'a', 'b', '\n', 'c', (byte) 0xE9, 'd'});
        fails(() -> TextCorpus.load(f, Tokens.CHAR, false), "latin.txt", "byte offset 4", "line 2", "0xE9");
    }

    @Test
    void missingEmptyOrLetterlessFiles() throws Exception {
        fails(() -> TextCorpus.load(dir.resolve("none.txt"), Tokens.CHAR, false), "none.txt", "does not exist");
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        fails(() -> TextCorpus.load(empty, Tokens.CHAR, false), "empty.txt", "empty");
        Path digits = Files.writeString(dir.resolve("digits.txt"), "1234 5678\n");
        fails(() -> TextCorpus.load(digits, Tokens.CHAR, false), "digits.txt", "no letters");
        fails(() -> TextCorpus.of("t", "abc", Tokens.CHAR, null).split(0.9, 0.2), "train_fraction");
    }

    @Test
    void aVocabularyFittedOnTheTrainingPartMapsLaterTokensToUnknown() {
        TextCorpus whole = TextCorpus.of("t", "a b a b a\nc d", Tokens.WORD, null);
        assertEquals(5, whole.vocabulary().size()); // <unk>, a, b, c, d

        TextCorpus fitted = whole.fittedOnFirst(whole.trainTokens(0.6)); // the first 4 of 7 words: a b a b

        assertEquals(3, fitted.vocabulary().size()); // <unk>, a, b
        assertEquals(whole.ids().length, fitted.ids().length);
        assertEquals(fitted.vocabulary().index("<unk>"), fitted.ids()[5]); // c
        assertEquals(fitted.vocabulary().index("<unk>"), fitted.ids()[6]); // d
        assertEquals(fitted.vocabulary().index("a"), fitted.ids()[4]); // a, after the training part, stays known
    }
}
