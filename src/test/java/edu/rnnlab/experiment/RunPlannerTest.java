package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles, one-at-a-time sweeps, seeds and run identity. */
class RunPlannerTest {

    @TempDir
    Path dir;

    private Registry.LoadedSpec load(String yaml) {
        return Registry.loadFile(TinySpecs.write(dir, "x.yaml", yaml).resolve("x.yaml"));
    }

    @Test
    void sweepsOneKeyAtATimeForEveryModelAndSeed() {
        Registry.LoadedSpec spec = load("id: s\nitem: 3\ndataset: { kind: airquality }\n"
                + "models:\n  - { cell: rnn }\n  - { cell: gru, impl: scratch }\n"
                + "seeds: 2\nsweep:\n  hidden: [8, 16, 32]\n  lr: [0.01, 0.1]\n");
        List<RunSpec> runs = RunPlanner.plan(spec, "standard", 10, null);
        assertEquals(2 * (3 + 2) * 2, runs.size());
        RunSpec first = runs.get(0);
        assertEquals(Map.of("hidden", 8), first.sweep());
        assertEquals(8, first.model().hidden());
        assertEquals(10, first.seed());
        assertEquals(11, runs.get(1).seed());
        RunSpec lr = runs.stream()
                .filter(r -> r.sweep().containsKey("lr"))
                .findFirst()
                .orElseThrow();
        assertEquals(32, lr.model().hidden(), "other keys stay at the base (default) value");
        assertEquals(0.01, lr.train().lr());
    }

    @Test
    void profilesOverrideShortKeysAndQuickHasADefault() {
        Registry.LoadedSpec spec = load(
                "id: p\ndataset: { kind: checkin }\nmodels:\n  - { cell: lstm }\n"
                        + "train: { epochs: 10 }\nseeds: 3\nprofiles:\n  full: { epochs: 30, hidden: 64, category_features: true }\n");
        RunSpec full = RunPlanner.plan(spec, "full", 1, null).get(0);
        assertEquals(30, full.train().epochs());
        assertEquals(64, full.model().hidden());
        assertTrue(full.dataset().categoryFeatures());
        List<RunSpec> quick = RunPlanner.plan(spec, "quick", 1, null);
        assertEquals(1, quick.size());
        assertEquals(2, quick.get(0).train().epochs());
        assertEquals(3, RunPlanner.plan(spec, "standard", 1, null).size());
    }

    @Test
    void aProfileMaySweepFewerValuesAndABadProfileSweepIsABadInput() {
        Registry.LoadedSpec spec = load("id: q\nitem: 3\ndataset: { kind: airquality }\nmodels:\n  - { cell: rnn }\n"
                + "sweep:\n  hidden: [8, 16, 32]\n  lr: [0.01, 0.1]\n"
                + "profiles:\n  quick: { epochs: 1, seeds: 1, sweep: { hidden: [8, 64] } }\n"
                + "  full: { sweep: { hidden: 8 } }\n");
        List<RunSpec> quick = RunPlanner.plan(spec, "quick", 1, null);
        assertEquals(
                List.of(Map.of("hidden", 8), Map.of("hidden", 64)),
                quick.stream().map(RunSpec::sweep).toList());
        assertEquals(1, quick.get(0).train().epochs());
        assertEquals(5, RunPlanner.plan(spec, "standard", 1, null).size(), "the spec's own sweep elsewhere");
        RnnlabException bad = assertThrows(RnnlabException.class, () -> RunPlanner.plan(spec, "full", 1, null));
        assertTrue(bad.getMessage().contains("profiles.full.sweep"), bad.getMessage());
    }

    @Test
    void theSpecHashIgnoresSeedAndTitleButNotSettingsOrData() {
        Registry.LoadedSpec spec = load("id: h\ntitle: { en: A }\nmodels:\n  - { cell: rnn }\nseeds: 2\n");
        List<RunSpec> runs = RunPlanner.plan(spec, "standard", 1, null);
        String hash = RunIds.specHash(runs.get(0), "data-a", EngineNumerics.DEFAULT);
        assertEquals(hash, RunIds.specHash(runs.get(1), "data-a", EngineNumerics.DEFAULT));
        assertNotEquals(RunIds.runId(runs.get(0), hash), RunIds.runId(runs.get(1), hash));
        assertNotEquals(hash, RunIds.specHash(runs.get(0), "data-b", EngineNumerics.DEFAULT));
        RunSpec retitled = RunPlanner.plan(
                        load("id: h\ntitle: { en: B }\nmodels:\n  - { cell: rnn }\n"), "standard", 1, null)
                .get(0);
        assertEquals(hash, RunIds.specHash(retitled, "data-a", EngineNumerics.DEFAULT));
        RunSpec wider = RunPlanner.plan(load("id: h\nmodels:\n  - { cell: rnn, hidden: 33 }\n"), "standard", 1, null)
                .get(0);
        assertNotEquals(hash, RunIds.specHash(wider, "data-a", EngineNumerics.DEFAULT));
    }

    @Test
    void anUnknownProfileKeyIsABadInputNamingTheAllowedKeys() {
        Registry.LoadedSpec spec = load("id: u\nmodels:\n  - { cell: rnn }\nprofiles:\n  quick: { epoch: 1 }\n");
        RnnlabException e = assertThrows(RnnlabException.class, () -> RunPlanner.plan(spec, "quick", 1, null));
        assertTrue(e.getMessage().contains("'epoch'") && e.getMessage().contains("epochs"), e.getMessage());
    }
}
