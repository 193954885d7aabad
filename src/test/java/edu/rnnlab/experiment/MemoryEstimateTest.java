package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.run.RunSpec;
import edu.rnnlab.run.TrainSpec;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The memory estimate refuses models that cannot fit on a given machine, and passes the lab's sizes. */
class MemoryEstimateTest {

    /** A 24 GB machine with the JVM's default heap (a quarter of it). */
    private static final MemoryEstimate.Budget MACHINE_24GB = new MemoryEstimate.Budget(22e9, 6e9);

    private static Optional<String> refusal(CellType cell, int hidden) {
        RunSpec run = new RunSpec(
                "exp",
                1,
                Map.of(),
                DatasetSpec.of(DatasetKind.AIRQUALITY),
                ModelSpec.of(cell, Implementation.LIBRARY, hidden),
                new TrainSpec(null, null, null, null, null, null),
                1,
                "standard",
                Map.of(),
                java.util.Map.of());
        MemoryEstimate estimate =
                MemoryEstimate.of(run.model(), run.train(), run.dataset().window(), new PreparedData.Shape(1, 1, 0));
        return estimate.refusal(run, MACHINE_24GB);
    }

    @Test
    void hidden30000IsRefusedOnA24GbMachineWithWhatToDo() {
        for (CellType cell : CellType.values()) {
            Optional<String> why = refusal(cell, 30000);
            assertTrue(why.isPresent(), cell + " hidden 30000 must not start");
            assertTrue(why.get().contains("hidden 30000") && why.get().contains("smaller hidden"), why.get());
        }
        assertTrue(refusal(CellType.RNN, 100_000_000).orElseThrow().contains("TB"));
    }

    @Test
    void theLabsModelSizesFit() {
        for (CellType cell : CellType.values()) {
            for (int hidden : new int[] {2, 32, 256, 2048}) {
                assertTrue(refusal(cell, hidden).isEmpty(), cell + " hidden " + hidden);
            }
        }
    }
}
