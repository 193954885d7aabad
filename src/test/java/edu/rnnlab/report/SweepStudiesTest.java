package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 3 with three cells: each cell gets its own pick on validation (a cell's best need not be
 * another's), and a horizon study sets every cell beside the baselines of its own horizon and says
 * where the models start to pay instead of "picking" the nearest horizon.
 */
class SweepStudiesTest {

    @TempDir
    static Path tmp;

    static Document doc;

    private static final CellType[] CELLS = {CellType.RNN, CellType.GRU, CellType.LSTM};

    @BeforeAll
    static void build() throws Exception {
        RunArchive archive = new RunArchive(tmp.resolve("runs"));
        FakeArchive fake = new FakeArchive(archive);
        for (CellType cell : CELLS) {
            for (int hidden : new int[] {8, 64}) {
                for (int s = 1; s <= 3; s++) {
                    FakeArchive.Run r = fake.run("hyperparameters", 3).model(cell, Implementation.LIBRARY);
                    r.sweep = Map.of("hidden", hidden);
                    r.seed = s;
                    // The RNN is best small, the gated cells best large.
                    boolean better = (cell == CellType.RNN) == (hidden == 8);
                    r.test = FakeArchive.regression((better ? 1.0 : 1.5) + 0.01 * s);
                    r.baselines = Map.of("persistence (last value)", FakeArchive.regression(1.2));
                    r.write();
                }
            }
            for (int horizon : new int[] {1, 6}) {
                for (int s = 1; s <= 2; s++) {
                    FakeArchive.Run r = fake.run("hyperparameters-horizon", 3).model(cell, Implementation.LIBRARY);
                    r.title = "Forecast horizon";
                    r.sweep = Map.of("horizon", horizon);
                    r.seed = s;
                    // One step ahead persistence (0.8) wins; six steps ahead every cell (1.5) beats it (2.5).
                    r.test = FakeArchive.regression((horizon == 1 ? 1.0 : 1.5) + 0.01 * s);
                    r.baselines = Map.of(
                            "persistence (last value)", FakeArchive.regression(horizon == 1 ? 0.8 : 2.5),
                            "seasonal naive (same time yesterday)", FakeArchive.regression(3.0));
                    r.write();
                }
            }
        }
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        new ReportBuilder(archive, options).build(tmp.resolve("out"));
        doc = Jsoup.parse(Files.readString(tmp.resolve("out/index.html")));
    }

    @Test
    void everyCellGetsItsOwnPickInTheSectionAndTheSummary() {
        String item3 = doc.select("#item-3").text();
        assertTrue(item3.contains("For hidden size (RNN (library)), validation picks 8"), item3);
        assertTrue(item3.contains("For hidden size (GRU (library)), validation picks 64"), item3);
        assertTrue(item3.contains("For hidden size (LSTM (library)), validation picks 64"), item3);
        String summary = doc.selectFirst("#table-1").text();
        assertTrue(summary.contains("hidden size, picked on validation per cell: RNN (library) 8 (beats 64"), summary);
        assertTrue(summary.contains("GRU (library) 64 (beats 8"), summary);
    }

    @Test
    void theHorizonStudySetsCellsBesideTheBaselinesOfEachHorizon() {
        String item3 = doc.select("#item-3").text();
        assertTrue(item3.contains("Horizon 1: the better baseline is persistence (last value) at 0.8000"), item3);
        assertTrue(item3.contains("Horizon 6: the better baseline is persistence (last value) at 2.500"), item3);
        assertTrue(
                item3.contains("Where learned models pay (every seed beats both baselines): horizon 6: "
                        + "RNN (library), GRU (library), LSTM (library). At horizon 1 no cell"),
                item3);
        assertTrue(!item3.contains("For forecast horizon"), "a horizon is not picked: " + item3);
        assertTrue(doc.select("#item-3 figcaption").text().contains("grey dashed line = the best trivial baseline"));
        String summary = doc.selectFirst("#table-1").text();
        assertTrue(summary.contains("Where learned models pay (every seed beats both baselines): horizon 6"), summary);
    }
}
