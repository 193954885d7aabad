package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.TrainSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine settings that change numbers are part of a run's id; the default keeps the ids of older archives. */
class RunIdentityTest {

    private static final RunSpec SPEC = new RunSpec(
            "exp",
            1,
            Map.of("en", "T"),
            DatasetSpec.of(DatasetKind.AIRQUALITY),
            ModelSpec.of(CellType.LSTM, Implementation.SCRATCH, 8),
            new TrainSpec(2, null, null, null, null, null),
            7,
            "standard",
            Map.of(),
            java.util.Map.of());

    @Test
    void theDefaultOneThreadIdIsTheOneArchivedBeforeThreadsCounted() {
        // Computed by the code before EngineNumerics existed: default archives keep their ids.
        assertEquals("05e1acc8c900", RunIds.specHash(SPEC, "built-in:AIRQUALITY:2017", EngineNumerics.DEFAULT));
        assertEquals(
                RunIds.specHash(SPEC, "x", EngineNumerics.DEFAULT), RunIds.specHash(SPEC, "x", new EngineNumerics(1)));
    }

    @Test
    void anotherThreadCountIsAnotherRun() {
        String one = RunIds.specHash(SPEC, "built-in:AIRQUALITY:2017", EngineNumerics.DEFAULT);
        String two = RunIds.specHash(SPEC, "built-in:AIRQUALITY:2017", new EngineNumerics(2));
        assertNotEquals(one, two);
        assertNotEquals(two, RunIds.specHash(SPEC, "built-in:AIRQUALITY:2017", new EngineNumerics(4)));
    }
}
