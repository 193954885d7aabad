package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.ArchiveFormat;
import edu.rnnlab.model.ParameterBudget;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planner turns {@code match_params} into a concrete hidden size before the run id is made. */
class ParameterMatchTest {

    private static final String SPEC = "id: m\nitem: 7\ndataset: { kind: pems }\nmodels:\n"
            + "  - { cell: lstm, hidden: 64 }\n  - { cell: gru, hidden: 64 }\n"
            + "  - { cell: gru, hidden: 64, match_params: lstm }\nseeds: 2\n"
            + "profiles:\n  full: { hidden: 128 }\n";

    @TempDir
    Path dir;

    private Registry.LoadedSpec load(String yaml) {
        return Registry.loadFile(TinySpecs.write(dir, "x.yaml", yaml).resolve("x.yaml"));
    }

    @Test
    void theMatchedModelGetsTheClosestHiddenSizeAConcreteSpecAndItsOwnLabel() throws Exception {
        List<RunSpec> runs = RunPlanner.plan(load(SPEC), "standard", 1, null);
        assertEquals(6, runs.size());
        RunSpec lstm = runs.get(0);
        RunSpec plain = runs.get(2);
        RunSpec matched = runs.get(4);
        int expected = ParameterBudget.matchingHidden(plain.model(), CellType.LSTM, 1, 1);
        assertEquals(expected, matched.model().hidden());
        assertTrue(expected > 64);
        assertEquals(64, plain.model().hidden());
        assertNull(matched.model().matchParams());
        assertEquals("GRU h" + expected + " (library)", matched.model().label());
        assertEquals("GRU (library)", plain.model().label(), "the equal-size arm keeps its plain label");
        assertEquals(lstm.seed(), matched.seed(), "seeds are paired across the arms");
        String yaml = ArchiveFormat.yaml().writeValueAsString(matched);
        assertFalse(yaml.contains("match_params"), yaml);
        assertTrue(yaml.contains("hidden: " + expected), yaml);
        String hash = RunIds.specHash(matched, "data", EngineNumerics.DEFAULT);
        assertTrue(RunIds.runId(matched, hash).startsWith("gru-library-h" + expected + "-"));
    }

    @Test
    void aProfilesHiddenSizeIsMatchedToo() {
        RunSpec matched = RunPlanner.plan(load(SPEC), "full", 1, null).get(4);
        assertEquals(
                ParameterBudget.matchingHidden(
                        edu.rnnlab.run.ModelSpec.of(CellType.GRU, edu.rnnlab.run.Implementation.LIBRARY, 128),
                        CellType.LSTM,
                        1,
                        1),
                matched.model().hidden());
    }

    @Test
    void extraInputSeriesWidenTheInputOfTheBudget() {
        List<RunSpec> runs = RunPlanner.plan(
                load(SPEC.replace("kind: pems", "kind: airquality, inputs: [humidity, pressure]")),
                "standard",
                1,
                null);
        assertEquals(
                ParameterBudget.matchingHidden(runs.get(2).model(), CellType.LSTM, 3, 1),
                runs.get(4).model().hidden());
    }

    @Test
    void aNonSeriesDatasetIsABadInputThatSaysWhatToDo() {
        Registry.LoadedSpec spec = load(SPEC.replace("kind: pems", "kind: checkin"));
        RnnlabException e = assertThrows(RnnlabException.class, () -> RunPlanner.plan(spec, "standard", 1, null));
        assertTrue(e.getMessage().contains("match_params") && e.getMessage().contains("line 7"), e.getMessage());
    }
}
