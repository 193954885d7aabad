package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.translation.SentencePair;
import edu.rnnlab.data.translation.TranslationPairs;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.TrainSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.TrainingLoop;
import edu.rnnlab.train.TrainingOutcome;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation data end to end: files found by name, splits, vocabularies, a tiny training run. */
class TranslationDataTest {

    /** Few pairs, each several times, so that a tiny model can learn them. */
    private static final String[] PAIRS = {
        "Go.\tVa !", "Hi.\tSalut !", "Run!\tCours\u202f!", "I lost.\tJ'ai perdu.", "He's calm.\tIl est calme.",
    };

    @TempDir
    Path tmp;

    static DatasetSpec spec(int window, int first) {
        return DatasetSpecs.of(DatasetKind.TRANSLATION)
                .window(window)
                .first(first)
                .build();
    }

    private Path fixture(Path dir, int lines) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(PAIRS[i % PAIRS.length]).append('\n');
        }
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("fra.txt"), text.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void tinyRunLearnsThePairsAndTranslatesTheBookSentences() throws Exception {
        fixture(tmp.resolve("course").resolve("nested"), 40);
        DataCatalog catalog = new DataCatalog(tmp.resolve("course"), tmp.resolve("generated"));
        PreparedData data = catalog.load(spec(6, 24));
        assertFalse(data.source().builtIn());
        assertEquals(List.of(24, 8, 8), List.copyOf(data.splits().values()));
        TrainSpec train = new TrainSpec(40, 8, TrainSpec.OptimizerKind.ADAM, 0.02, 1.0, 0);
        TrainingLoop loop = new TrainingLoop(train, Device.cpu(), RunSeeds.from(1), data.selection(), List.of());
        ModelSpec model = new ModelSpec(CellType.GRU, Implementation.SCRATCH, 16, 1, false, 0.0, null, 8, null, null);
        TrainingOutcome outcome = loop.run(data.model(model), data.task(), data::extras);
        List<Double> valLoss = outcome.epochs().stream()
                .filter(r -> r.split().equals("val"))
                .map(r -> r.loss())
                .toList();
        assertTrue(valLoss.get(valLoss.size() - 1) < valLoss.get(0) / 2, "validation loss falls: " + valLoss);
        double bleu = outcome.test().get("bleu");
        double copy = data.baselines().get("copy source").get("bleu");
        assertTrue(bleu > 0.9 && bleu <= 1.0, "the repeated pairs are learnt: " + bleu);
        assertTrue(copy < bleu, "copying the English scores less: " + copy);
        assertTrue(data.baselines().containsKey("most frequent target"));
        String[] lines = outcome.extras().get("translations").split("\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("go .\tva !\tva !\t1.000000"), lines[0]);
        assertEquals(4, lines[3].split("\t").length);
    }

    @Test
    void theZipIsReadByNameAndTooFewPairsAreNamed() throws Exception {
        Path zip = Files.createDirectories(tmp.resolve("dl")).resolve("fra-eng.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("fra-eng/_about.txt"));
            z.write("about".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("fra-eng/fra.txt"));
            z.write("Go.\tVa !\tCC-BY 2.0 (France) Attribution: tatoeba.org\nHi.\tSalut !\n\nRun!\tCours\u202f!\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        TranslationPairs read = TranslationPairs.read(zip, 2, false);
        assertEquals(List.of(SentencePair.of("go .", "va !"), SentencePair.of("hi .", "salut !")), read.pairs());
        assertEquals(3, TranslationPairs.read(zip, 0, false).pairs().size(), "blank lines are skipped");
        DataCatalog catalog = new DataCatalog(tmp, tmp.resolve("generated"));
        RnnlabException e = assertThrows(RnnlabException.class, () -> catalog.load(spec(10, 3)));
        assertTrue(
                e.getMessage().contains("dataset.first = 3") && e.getMessage().contains("has 3"), e.getMessage());
    }

    @Test
    void heldOutPairsAreDealtInTurnWithExactCounts() {
        List<SentencePair> held = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            held.add(SentencePair.of("e" + i, "f" + i));
        }
        List<SentencePair> val = new java.util.ArrayList<>();
        List<SentencePair> test = new java.util.ArrayList<>();
        TranslationData.interleave(held, 3, val, test);
        assertEquals(3, val.size());
        assertEquals(4, test.size());
        assertEquals(List.of(held.get(2), held.get(4), held.get(6)), val);
        val.clear();
        test.clear();
        TranslationData.interleave(held.subList(0, 4), 2, val, test);
        assertEquals(List.of(held.get(1), held.get(3)), val, "equal shares alternate");
        assertEquals(
                List.of(600, 200, 200),
                java.util.Arrays.stream(TranslationData.sizes(spec(10, 600), 0))
                        .boxed()
                        .toList());
    }

    @Test
    void aLineWithoutTabIsAnErrorNamingTheLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("fra.txt"), "Go.\tVa !\nHi. Salut !\n", StandardCharsets.UTF_8);
        RnnlabException e = assertThrows(RnnlabException.class, () -> TranslationPairs.read(file, 0, false));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("english<TAB>french"), e.getMessage());
    }

    @Test
    void builtInPairsAreTheFirstLinesOfTheRealFile() {
        DataCatalog builtIn = new DataCatalog(null, tmp.resolve("generated"));
        PreparedData shipped = builtIn.load(spec(10, 600));
        assertTrue(shipped.source().builtIn());
        assertEquals(List.of(600, 200, 200), List.copyOf(shipped.splits().values()));
        Path real = Path.of("..", "shared", "datasets", "fra-eng", "fra-eng.zip");
        Assumptions.assumeTrue(Files.isRegularFile(real), "fra-eng.zip is not available here");
        List<SentencePair> fromZip = TranslationPairs.read(real, 3000, false).pairs();
        List<SentencePair> fromShipped = TranslationPairs.read(
                        tmp.resolve("generated").resolve("translation-2017").resolve("fra-eng-3000.txt"), 0, true)
                .pairs();
        assertEquals(fromZip, fromShipped);
        assertEquals(SentencePair.of("Go.", "Va !"), fromZip.get(0));
        PreparedData course = new DataCatalog(real.getParent(), tmp.resolve("generated")).load(spec(10, 600));
        assertFalse(course.source().builtIn());
        assertEquals(shipped.baselines(), course.baselines());
    }
}
