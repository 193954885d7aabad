package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.RunStatus;
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
                // As on the real data: the user's most frequent venue wins on Acc@5 and Acc@10.
                Map<String, Double> frequent = checkin(0.05, 0);
                frequent.put("acc5", 0.50);
                frequent.put("acc10", 0.60);
                r.baselines = Map.of("most frequent venue", frequent);
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
        for (Implementation impl : Implementation.values()) {
            // The teacher's protocol on built-in data: the published figures would compare unlike with unlike.
            FakeArchive.Run c = fake.run("course-example", 2)
                    .model(CellType.RNN, impl)
                    .protocol(edu.rnnlab.run.Protocol.COURSE_EXAMPLE);
            c.test = FakeArchive.regression(0.84);
            c.baselines = Map.of("persistence (last value)", FakeArchive.regression(0.91));
            c.testTarget = Map.of("min", -5.0, "max", 25.0);
            c.write();
        }
        FakeArchive.Run interrupted = fake.run("rnn-scratch", 1);
        interrupted.status = RunStatus.INTERRUPTED;
        interrupted.message = "Stopped by the user.";
        interrupted.noEpochs = true;
        interrupted.write();
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
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
        assertTrue(item4.contains("GRU (library) was picked on validation Acc@1"), item4);
        // One sentence per baseline over both models, metrics with the same outcome together.
        assertTrue(
                item4.contains("both models are better on Acc@1, MRR, Macro F1, Macro recall (weakest p < 0.001);"
                        + " both models are worse on Acc@5, Acc@10 (weakest p < 0.001), where the baseline wins"),
                item4);
        // The summary quotes every metric of the picked model, not Acc@1 alone.
        String summary = doc.selectFirst("#table-1").text();
        assertTrue(summary.contains("Acc@1 0.2140 ± 0.0020, Acc@5 0.4240 ± 0.0020, Acc@10"), summary);
        // ... and judges the pick against the best trivial baseline (every baseline and metric is in the analysis).
        assertTrue(summary.contains("the best trivial baseline"), summary);
    }

    @Test
    void teacherFiguresAreNotComparedWithBuiltInData() {
        String course = doc.select("#course-check").text();
        assertTrue(course.contains("used built-in generated data, not the real Krakow files"), course);
        assertTrue(
                course.contains("runs under the course protocol, with the trivial baselines on the same split"),
                course);
        assertTrue(
                course.contains("Baseline on the same split Baseline: persistence (last value) 0.9100 0.5187"), course);
        assertTrue(!course.contains("Published by the course"), "no teacher rows beside built-in data: " + course);
        assertTrue(!course.contains("MAPE (%)"), "temperatures crossing 0 °C: no MAPE column: " + course);
    }

    @Test
    void failedRunsAreShownNotFatal() {
        assertEquals(
                List.of(5, 6, 7),
                result.missing().stream().map(ReportResult.Missing::item).toList());
        String item3 = doc.select("#item-3").text();
        assertTrue(
                item3.contains("Learning rate: training diverged (loss NaN or infinite) at 1 on at least one seed"),
                item3);
        // A diverged setting is an outcome, not a missing run: it is named, never picked.
        assertTrue(item3.contains("Fewer than two values of learning rate have completed runs"), item3);
        assertTrue(item3.contains("2 diverged"), item3);
        assertTrue(item3.contains("Loss became NaN; lower the learning rate."), item3);
        String item1 = doc.select("#item-1").text();
        assertTrue(item1.contains("interrupted") && item1.contains("Stopped by the user."), item1);
        assertTrue(item1.contains("No model of this experiment completed"), item1);
    }
}
