package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.report.LstmGruDesign.Arm;
import edu.rnnlab.report.LstmGruDesign.Comparison;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import java.nio.charset.StandardCharsets;
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
 * Item 7 as one design: two datasets, each with an LSTM, a GRU of its size and a GRU sized to its
 * parameter count, five paired seeds. On traffic the GRU is level with the LSTM (a tie); on air quality
 * it is lower on every seed (significant).
 */
class LstmGruDesignTest {

    private static final double[] LSTM = {25.1, 24.8, 25.3, 24.9, 25.0};
    private static final double[] NOISE = {-0.1, 0.1, -0.2, 0.05, 0.05};

    @TempDir
    static Path tmp;

    static RunArchive archive;
    static Document en;
    static Document zh;

    @BeforeAll
    static void build() throws Exception {
        archive = new RunArchive(tmp.resolve("runs"));
        FakeArchive fake = new FakeArchive(archive);
        write(fake, "lstm-vs-gru", DatasetKind.PEMS, 0);
        write(fake, "lstm-vs-gru-air", DatasetKind.AIRQUALITY, -0.3);
        for (String lang : List.of("en", "zh")) {
            var options = new ReportOptions(lang, true, false, false, null, null, null, null, List.of());
            new ReportBuilder(archive, options).build(tmp.resolve(lang));
        }
        en = Jsoup.parse(Files.readString(tmp.resolve("en/index.html"), StandardCharsets.UTF_8));
        zh = Jsoup.parse(Files.readString(tmp.resolve("zh/index.html"), StandardCharsets.UTF_8));
    }

    private static void write(FakeArchive fake, String id, DatasetKind kind, double gruShift) {
        ModelSpec[] models = {
            ModelSpec.of(CellType.LSTM, Implementation.LIBRARY, 32),
            ModelSpec.of(CellType.GRU, Implementation.LIBRARY, 32),
            new ModelSpec(
                    CellType.GRU, Implementation.LIBRARY, 37, null, null, null, null, null, "GRU h37 (library)", null)
        };
        long[] parameters = {4513, 3393, 4478};
        for (int s = 0; s < 5; s++) {
            for (int i = 0; i < models.length; i++) {
                FakeArchive.Run r = fake.run(id, 7);
                r.model = models[i];
                r.parameters = parameters[i];
                r.dataset = DatasetSpec.of(kind);
                r.seed = s + 1;
                double gru = LSTM[s] + gruShift + (i == 2 ? -1 : 1) * NOISE[s];
                r.test = FakeArchive.regression(i == 0 ? LSTM[s] : gru);
                r.baselines = Map.of("persistence", FakeArchive.regression(31.2));
                r.write();
            }
        }
    }

    @Test
    void armsAreFoundFromHiddenSizesAndParameterCountsAndTheEffectIsGruMinusLstm() {
        LstmGruDesign design = LstmGruDesign.of(ItemSections.ofItem(7, ExperimentRuns.of(archive.readAll())));
        assertEquals(4, design.comparisons().size());
        Comparison airBudget = design.comparisons().stream()
                .filter(c -> c.experiment().id().equals("lstm-vs-gru-air") && c.arm() == Arm.EQUAL_BUDGET)
                .findFirst()
                .orElseThrow();
        assertEquals("GRU h37 (library)", airBudget.gru().label());
        assertEquals(-0.3 + 0.02, airBudget.effect().difference(), 1e-9); // the budget GRU's noise has mean +0.02
        assertTrue(airBudget.effect().significant());
        Comparison trafficSize = design.comparisons().get(0);
        assertEquals(Arm.EQUAL_SIZE, trafficSize.arm());
        assertEquals("GRU (library)", trafficSize.gru().label());
        assertEquals(-0.02, trafficSize.effect().difference(), 1e-9);
        assertFalse(trafficSize.effect().significant());
        // The fixture's validation curve falls as 1 + 0.3 / epoch over 4 epochs: only epoch 4 is within 1 %.
        assertEquals(4.0, trafficSize.lstm().epochsToWithinOnePercent("rmse").mean());
    }

    @Test
    void theReportShowsTheDesignTheEffectsTwoChartsAndTheConclusion() {
        String block = en.select("#lstm-gru-design").text();
        assertTrue(block.contains("GRU h37 (library): " + NumberText.count(4478) + "; GRU / LSTM 0.992"), block);
        assertTrue(block.contains("equal parameter budget"), block);
        assertEquals(2, en.select("#lstm-gru-design figure").size(), block);
        assertTrue(block.contains("equal hidden size: GRU − LSTM in test RMSE = -0.32 °C"), block);
        assertTrue(block.contains("the GRU is significantly better"), block);
        assertTrue(block.contains("no significant difference"), block);
        assertTrue(
                block.contains("the GRU significantly better in 2, the LSTM in 0, no significant difference in 2"),
                block);
        String summary = en.selectFirst("#table-1").text();
        assertTrue(summary.contains("GRU − LSTM in test RMSE:"), summary);
        String zhBlock = zh.select("#lstm-gru-design").text();
        assertTrue(zhBlock.contains("等参数量") && zhBlock.contains("无显著差异") && zhBlock.contains("GRU 显著更好"), zhBlock);
    }
}
