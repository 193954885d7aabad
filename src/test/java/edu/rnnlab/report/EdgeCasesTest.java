package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.RunStatus;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.Implementation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check-in classification (Acc@k, higher is better) and runs that failed in every way: a sweep value
 * whose runs all diverged, a run interrupted before its first epoch. The report must show them, not crash.
 */
class EdgeCasesTest {

    @TempDir
    static Path tmp;
    static Document doc;
    static ReportResult result;

    @BeforeAll
    static void build() throws Exception {
        RunArchive archive = new RunArchive(tmp.resolve("runs"));
        FakeArchive fake = new FakeArchive(archive);
        for (int s = 1; s <= 3; s++) {
            for (CellType cell : new CellType[] {CellType.GRU, CellType.LSTM}) {
                FakeArchive.Run r = fake.run("checkin", 4).model(cell, Implementation.LIBRARY);
                r.title = "Next venue, NYC";
                r.dataset = DatasetSpec.of(DatasetKind.CHECKIN);
                r.seed = s;
                r.test = checkin(cell == CellType.GRU ? 0.21 : 0.19, s);
                r.baselines = Map.of("most frequent venue", checkin(0.05, 0));
                r.predictions = false;
                r.write();
            }
        }
        for (double lr : new double[] {0.001, 1.0}) {
            for (int s = 1; s <= 2; s++) {
                FakeArchive.Run r = fake.run("lr-sweep", 3);
                r.sweep = Map.of("lr", lr);
                r.seed = s;
                if (lr == 1.0) {
                    r.status = RunStatus.DIVERGED;
                    r.message = "Loss became NaN; lower the learning rate.";
                } else {
                    r.test = FakeArchive.regression(1.1 + 0.01 * s);
                }
                r.write();
            }
        }
        FakeArchive.Run interrupted = fake.run("rnn-scratch", 1);
        interrupted.status = RunStatus.INTERRUPTED;
        interrupted.message = "Stopped by the user.";
        interrupted.noEpochs = true;
        interrupted.write();
        var options = new ReportOptions("en", true, false, null, null, null, null, List.of());
        result = new ReportBuilder(archive, options).build(tmp.resolve("out"));
        doc = Jsoup.parse(Files.readString(tmp.resolve("out/index.html")));
    }

    private static Map<String, Double> checkin(double acc1, int seed) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("acc1", acc1 + 0.002 * seed);
        m.put("acc5", acc1 * 2 + 0.002 * seed);
        m.put("acc10", acc1 * 2.5 + 0.002 * seed);
        m.put("mrr", acc1 * 1.4);
        m.put("macro_f1", acc1 / 2);
        m.put("macro_recall", acc1 / 2.2);
        return m;
    }

    @Test
    void checkinTableHasHigherIsBetterBoldAndAccAtKChart() {
        String item4 = doc.select("#item-4").text();
        assertTrue(item4.contains("Acc@1") && item4.contains("MRR") && item4.contains("Macro F1"), item4);
        assertTrue(item4.contains("Baseline: most frequent venue"), item4);
        assertEquals("0.2140 ± 0.0020", doc.selectFirst("#item-4 strong.best").text());
        assertTrue(doc.select("#item-4 figcaption").text().contains("Acc@k and MRR"));
        assertTrue(item4.contains("GRU (library) reached the best test Acc@1"), item4);
    }

    @Test
    void failedRunsAreShownNotFatal() {
        assertEquals(List.of(2, 5, 6, 7), result.missing().stream().map(ReportResult.Missing::item).toList());
        String item3 = doc.select("#item-3").text();
        assertTrue(item3.contains("2 diverged"), item3);
        assertTrue(item3.contains("Loss became NaN; lower the learning rate."), item3);
        String item1 = doc.select("#item-1").text();
        assertTrue(item1.contains("interrupted") && item1.contains("Stopped by the user."), item1);
        assertTrue(item1.contains("No model of this experiment completed"), item1);
    }
}
