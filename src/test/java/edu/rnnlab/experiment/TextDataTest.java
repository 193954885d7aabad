package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import edu.rnnlab.archive.RunArchive;
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
import edu.rnnlab.train.RunSeeds;
import edu.rnnlab.train.Split;
import edu.rnnlab.train.TrainingLoop;
import edu.rnnlab.train.TrainingOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDataTest {

    @TempDir
    Path tmp;

    private static DatasetSpec text(int window) {
        return new DatasetSpec(
                DatasetKind.TEXT,
                null,
                null,
                null,
                null,
                window,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
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
    void textExperimentIsSkippedWithANoteWhenNoTextIsFound() throws Exception {
        Path specs = Files.createDirectories(tmp.resolve("experiments"));
        Files.copy(Path.of("experiments/08-text.yaml"), specs.resolve("08-text.yaml"));
        Path emptyData = Files.createDirectories(tmp.resolve("data"));
        for (Path dataDir : new Path[] {null, emptyData}) {
            DataCatalog catalog = new DataCatalog(dataDir, tmp.resolve("generated"));
            assertFalse(catalog.available(text(35)));
            assertTrue(catalog.available(DatasetSpec.of(DatasetKind.PEMS)));
            List<String> info = new ArrayList<>();
            RunProgress progress = new RunProgress() {
                @Override
                public void info(String message) {
                    info.add(message);
                }
            };
            ExperimentRunner runner = new ExperimentRunner(
                    new RunArchive(tmp.resolve("runs")),
                    catalog,
                    new ProvenanceRecorder(tmp, "test"),
                    progress,
                    List.of());
            ExperimentRunner.Outcome outcome = runner.run(
                    Registry.load(specs).select(List.of("char-lm")),
                    new ExperimentRunner.Options("quick", 1, null, Device.cpu(), EngineNumerics.DEFAULT, 1));
            assertEquals(0, outcome.trained());
            assertTrue(
                    outcome.notes().stream().anyMatch(n -> n.startsWith("char-lm skipped: no text corpus found")),
                    outcome.notes().toString());
            assertEquals(1, info.size());
        }
    }

    @Test
    void timeMachineSizesMatchTheCorpusSplit() {
        Path file = Path.of("..", "shared", "datasets", "timemachine", "timemachine.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "The Time Machine is not available here");
        TextCorpus corpus = TextCorpus.load(file, Tokens.CHAR, false);
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
