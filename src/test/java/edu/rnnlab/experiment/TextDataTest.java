package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import edu.rnnlab.data.text.BundledText;
import edu.rnnlab.data.text.TextCorpus;
import edu.rnnlab.experiment.task.LanguageModelTask;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.EpochRow;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.Tokens;
import edu.rnnlab.run.TrainSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.TrainingLoop;
import edu.rnnlab.train.TrainingOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDataTest {

    private static final String TIME_MACHINE_SHA256 =
            "8424dbd9532ac81f7e5f0b6add90e6952baea29158309d7d1bf3884f4e12c516";

    @TempDir
    Path tmp;

    private static DatasetSpec text(int window) {
        return DatasetSpecs.of(DatasetKind.TEXT).window(window).build();
    }

    @Test
    void tinyTrainingLowersPerplexityAndGeneratesText() {
        String sentence = "the time traveller was one of those men who are too clever to be believed\n";
        TextCorpus corpus =
                TextCorpus.of("tiny", sentence.repeat(12), Tokens.CHAR, new DataSource(false, "tiny", List.of()));
        TextData data = new TextData(corpus, text(8));
        TrainSpec train = new TrainSpec(2, 4, TrainSpec.OptimizerKind.SGD, 1.0, 1.0, 0);
        TrainingLoop loop = new TrainingLoop(train, Device.cpu(), RunSeeds.from(1), data.selection(), List.of());
        TrainingOutcome outcome =
                loop.run(data.model(ModelSpec.of(CellType.GRU, Implementation.LIBRARY, 16)), data.task(), data::extras);
        List<Double> val = outcome.epochs().stream()
                .filter(r -> r.split().equals("val"))
                .map(r -> r.metrics().get("perplexity"))
                .toList();
        int vocabulary = corpus.vocabulary().size();
        assertEquals(2, val.size());
        assertTrue(val.get(1) < val.get(0), "validation perplexity falls: " + val);
        assertTrue(outcome.test().get("perplexity") < vocabulary / 2.0, "well below uniform: " + outcome.test());
        String generated = outcome.extras().get("generated");
        assertTrue(generated.startsWith("time traveller ") && generated.length() == 15 + 50, generated);
        assertEquals(Integer.toString(vocabulary), outcome.extras().get("vocabulary"));
        assertTrue(data.baselines().get("unigram").get("perplexity")
                > data.baselines().get("bigram (add-one)").get("perplexity"));
        EpochRow firstTrain = outcome.epochs().get(0);
        assertTrue(firstTrain.throughput() > 0);
    }

    @Test
    void withoutATxtTheBundledTimeMachineIsReadAndRecordedAsBuiltIn() throws Exception {
        Path emptyData = Files.createDirectories(tmp.resolve("data"));
        for (Path dataDir : new Path[] {null, emptyData}) {
            DataCatalog catalog = new DataCatalog(dataDir, tmp.resolve("generated"));
            assertTrue(catalog.available(text(35)));
            assertTrue(catalog.builtIn(text(35)));
            assertTrue(catalog.describe(text(35)).contains("Project Gutenberg #35"), catalog.describe(text(35)));
            DataSource source = catalog.load(text(35)).source();
            assertTrue(source.builtIn());
            assertTrue(source.description().startsWith("built-in timemachine.txt"), source.description());
            assertEquals(1, source.files().size());
            assertEquals(178_979, source.files().get(0).bytes());
            assertEquals(TIME_MACHINE_SHA256, source.files().get(0).sha256());
            assertEquals(170_580, ((TextData) catalog.load(text(35))).corpus().ids().length);
        }
    }

    @Test
    void aTxtInTheDataFolderWinsOverTheBundledText() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("course"));
        Files.writeString(dataDir.resolve("mine.txt"), "the time traveller smiled\n".repeat(20));
        DataCatalog catalog = new DataCatalog(dataDir, tmp.resolve("generated"));
        assertFalse(catalog.builtIn(text(35)));
        DataSource source = catalog.load(text(35)).source();
        assertFalse(source.builtIn());
        assertTrue(
                source.files().get(0).path().endsWith("mine.txt"),
                source.files().toString());
        assertEquals(20 * 25, ((TextData) catalog.load(text(35))).corpus().ids().length);
    }

    @Test
    void textbookProtocolTrainsAndScoresTheFirstTokensWithNoHeldOutText() {
        TextCorpus corpus = TextCorpus.of(
                "tiny",
                "the time traveller was one of those men\n".repeat(40),
                Tokens.CHAR,
                new DataSource(false, "tiny", List.of()));
        DatasetSpec spec = DatasetSpecs.of(DatasetKind.TEXT)
                .window(5)
                .protocol(edu.rnnlab.run.Protocol.TEXTBOOK)
                .first(1000)
                .build();
        TextData data = new TextData(corpus, spec);
        assertEquals(1000, data.corpus().ids().length);
        assertEquals(corpus.vocabulary().size(), data.corpus().vocabulary().size(), "vocabulary of the whole text");
        data.task().inputShapes(4);
        // 999 usable tokens in 4 streams of 249, 49 chunks of 5 steps: every example trains and is scored.
        assertEquals(4 * 49, data.task().size(Split.TRAIN));
        assertEquals(0, data.task().size(Split.VAL));
        assertEquals(data.task().size(Split.TRAIN), data.task().size(Split.TEST));
        assertEquals(Split.TEST, data.selection().split());
        assertTrue(
                data.selection().describe().contains("textbook"),
                data.selection().describe());
    }

    @Test
    void timeMachineSizesMatchTheCorpusSplit() {
        TextCorpus corpus = TextCorpus.load(BundledText.writeTo(tmp), Tokens.CHAR, true);
        assertEquals(170_580, corpus.ids().length);
        assertEquals(28, corpus.vocabulary().size());
        TextData data = new TextData(corpus, DatasetSpec.of(DatasetKind.TEXT));
        LanguageModelTask task = data.task();
        task.inputShapes(32);
        TextCorpus.Splits splits = corpus.split(0.6, 0.2);
        int[][] parts = {splits.train(), splits.val(), splits.test()};
        for (Split split : Split.values()) {
            int tokens = parts[split.ordinal()].length;
            assertEquals(32 * ((tokens - 1) / 32 / 35), task.size(split), split.key());
        }
        // 102,348 training tokens: 32 streams of 3,198, 91 chunks of 35 steps.
        assertEquals(2912, task.size(Split.TRAIN));
        assertEquals(960, data.splits().get("val"));
        assertTrue(data.baselines().get("unigram").get("perplexity") > 15);
    }
}
