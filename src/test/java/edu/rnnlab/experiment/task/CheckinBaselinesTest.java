package edu.rnnlab.experiment.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.rnnlab.data.checkin.CheckinDataset;
import edu.rnnlab.data.checkin.CheckinFixtures;
import edu.rnnlab.data.checkin.CheckinReader;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckinBaselinesTest {

    @TempDir
    Path dir;

    /**
     * Two users, window 1. Train: u1 [1,2,3,1,2,3], u2 [1,2,1,2,1,2]; test windows: u1 [4] -> 5 (both
     * unknown), u2 [2] -> 1. Classes: 0 unknown, 1 v1, 2 v2, 3 v3; training counts 0, 5, 5, 2.
     */
    static CheckinDataset tiny(Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add(CheckinFixtures.HEADER);
        rows.addAll(CheckinFixtures.trajectory(1, new int[] {1, 2, 3, 1, 2, 3, 1, 2, 4, 5}, 4));
        rows.addAll(CheckinFixtures.trajectory(2, new int[] {1, 2, 1, 2, 1, 2, 6, 1, 2, 1}, 100));
        DatasetSpec spec = DatasetSpecs.of(DatasetKind.CHECKIN)
                .window(1)
                .timeFeatures(false)
                .build();
        return CheckinDataset.prepare(
                CheckinReader.read(CheckinFixtures.write(dir, "FS_NYC.csv", rows), false), spec, false);
    }

    @Test
    void scoresByHand() throws Exception {
        CheckinDataset d = tiny(dir);
        List<CheckinBaselines.Result> results = CheckinBaselines.evaluate(d, d.test());
        assertEquals(
                List.of("most popular", "user's most frequent", "first-order Markov"),
                results.stream().map(CheckinBaselines.Result::name).toList());
        // popularity: unknown target ranks 4th of 4; v1 ties with v2 (pessimistic) -> 2nd
        Map<String, Double> popular = results.get(0).metrics();
        assertEquals(0.0, popular.get("acc1"));
        assertEquals(1.0, popular.get("acc5"));
        assertEquals((0.25 + 0.5) / 2, popular.get("mrr"), 1e-12);
        // user counts: u2 has v1 and v2 three times each -> still a tie, rank 2
        assertEquals((0.25 + 0.5) / 2, results.get(1).metrics().get("mrr"), 1e-12);
        // Markov: from v2 the training transitions are v1 x2, v3 x2; popularity breaks the tie for v1
        Map<String, Double> markov = results.get(2).metrics();
        assertEquals(0.5, markov.get("acc1"));
        assertEquals((0.25 + 1.0) / 2, markov.get("mrr"), 1e-12);
        // predictions v1, v1 against labels unknown, v1: F1 0 and 2/3 -> macro 1/3
        assertEquals(1.0 / 3, markov.get("macro_f1"), 1e-12);
        assertEquals(2, results.get(2).windows());
    }
}
