package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 3 with three cells: one compact table per swept key (cells as columns, each cell's pick on
 * validation bold and marked, the baseline as a row, the base value labelled), each cell with its own
 * pick (a cell's best need not be another's), and a horizon study sets every cell beside the baselines of its own horizon and says
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
            for (double lr : new double[] {0.001, 0.01}) {
                for (int s = 1; s <= 3; s++) {
                    FakeArchive.Run r = fake.run("hyperparameters", 3).model(cell, Implementation.LIBRARY);
                    r.sweep = Map.of("lr", lr);
                    r.seed = s;
                    r.test = FakeArchive.regression((lr == 0.01 ? 1.1 : 1.3) + 0.01 * s);
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
        assertTrue(
                item3.contains("Hidden size, picked on validation (against the runner-up: paired t-test over seeds): "
                        + "RNN (library) 8 (ahead of 64, p "),
                item3);
        assertTrue(item3.contains("; GRU (library) 64 (ahead of 8, p "), item3);
        assertTrue(item3.contains("; LSTM (library) 64 (ahead of 8, p "), item3);
        // The test score at the pick, as the table prints it.
        assertTrue(item3.contains("test 1.020 ± 0.010)"), item3);
        String summary = doc.selectFirst("#table-1").text();
        assertTrue(summary.contains("hidden size, picked on validation per cell: RNN (library) 8 (beats 64"), summary);
        assertTrue(summary.contains("GRU (library) 64 (beats 8"), summary);
    }

    @Test
    void oneCompactTablePerKeyWithThePickBoldAndTheBaselineAsARow() {
        List<Element> hidden = tables("Effect of hidden size");
        assertEquals(1, hidden.size(), "one table per swept key");
        Element table = hidden.get(0);
        assertEquals(
                List.of("hidden size", "RNN (library)", "val.", "GRU (library)", "val.", "LSTM (library)", "val."),
                table.select("thead th").eachText(),
                "cells as columns, no per-model rows (equal times: no time column)");
        List<Element> rows = table.select("tbody tr");
        assertEquals(3, rows.size(), "two values and one baseline row");
        List<String> small = rows.get(0).select("td").eachText();
        assertEquals("8", small.get(0));
        // The RNN picks 8: its test and validation cells are bold, the mark beside the validation mean.
        assertEquals(
                List.of("1.020 ± 0.010", "1.020 ✓"),
                rows.get(0)
                        .select("td:nth-child(2) strong.best, td:nth-child(3) strong.best")
                        .eachText());
        assertTrue(rows.get(0).select("td:nth-child(4) strong.best").isEmpty(), "the GRU does not pick 8");
        assertEquals(
                2,
                rows.get(1)
                        .select("td:nth-child(4) strong.best, td:nth-child(5) strong.best")
                        .size());
        List<String> baseline = rows.get(2).select("td").eachText();
        assertEquals("persistence (last value)", baseline.get(0), "a baseline row, named as the run stored it");
        assertEquals("1.200", baseline.get(1));
        // The base value (held fixed while hidden size is swept) is marked in the learning-rate table.
        Element lr = tables("Effect of learning rate").get(0);
        assertEquals("0.001 (base)", lr.selectFirst("tbody tr td").text());
        assertEquals("0.01", lr.select("tbody tr").get(1).selectFirst("td").text());
    }

    @Test
    void theHorizonStudySetsCellsBesideTheBaselinesOfEachHorizon() {
        Element table = tables("Effect of forecast horizon").get(0);
        assertEquals(
                List.of(
                        "forecast horizon (steps ahead)",
                        "RNN (library)",
                        "GRU (library)",
                        "LSTM (library)",
                        "persistence (last value)",
                        "seasonal naive (same time yesterday)"),
                table.select("thead th").eachText());
        List<Element> rows = table.select("tbody tr");
        assertEquals(2, rows.size(), "a row per horizon");
        // One step ahead persistence is the best of the row; six steps ahead every cell pays (marked).
        assertEquals("0.8000", rows.get(0).selectFirst("strong.best").text());
        assertTrue(
                rows.get(1).select("td").get(1).text().endsWith("✓"),
                rows.get(1).text());
        assertFalse(rows.get(0).text().contains("✓"), rows.get(0).text());
        String item3 = doc.select("#item-3").text();
        assertTrue(item3.contains("The better baseline is persistence (last value) at horizon 1, 6."), item3);
        assertTrue(
                item3.contains("Where learned models pay (every seed beats both baselines): horizon 6: "
                        + "RNN (library), GRU (library), LSTM (library). At horizon 1 no cell"),
                item3);
        assertFalse(item3.contains("forecast horizon (steps ahead), picked"), "a horizon is not picked: " + item3);
        assertTrue(doc.select("#item-3 figcaption").text().contains("grey dashed = best trivial baseline"));
        String summary = doc.selectFirst("#table-1").text();
        assertTrue(summary.contains("Where learned models pay (every seed beats both baselines): horizon 6"), summary);
    }

    @Test
    void aSweptOneLayerCellNeedsNoPredictionsChartOfItsOwn() {
        List<ExperimentRuns> all = ExperimentRuns.of(new RunArchive(tmp.resolve("runs")).readAll());
        ExperimentRuns hyper = all.stream()
                .filter(e -> e.id().equals("hyperparameters"))
                .findFirst()
                .orElseThrow();
        assertFalse(SweepStudy.predictionsAddSomething(hyper), "its best setting repeats items 1, 2 and 6");
    }

    private static List<Element> tables(String caption) {
        return doc.select("#item-3 .table-wrap").stream()
                .filter(w -> w.select(".caption").text().contains(caption))
                .map(w -> w.selectFirst("table"))
                .toList();
    }
}
