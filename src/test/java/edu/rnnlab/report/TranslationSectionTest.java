package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.ModelSpec;
import edu.rnnlab.testkit.DatasetSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translation experiment's section: BLEU beside the baselines, the book's sentences, its own setup rows. */
class TranslationSectionTest {

    @TempDir
    Path tmp;

    @Test
    void bleuTableSentencesAndSetupComeFromTheArchive() throws Exception {
        RunArchive archive = new RunArchive(tmp.resolve("runs"));
        FakeArchive fake = new FakeArchive(archive);
        for (Implementation impl : Implementation.values()) {
            FakeArchive.Run r = fake.run("translation", 0).model(CellType.GRU, impl);
            r.title = "English-French translation";
            // Two layers, as the lab's translation model: hand-written and library are still twins.
            r.model = new ModelSpec(CellType.GRU, impl, 32, 2, false, 0.1, null, 32, null, null);
            r.dataset = DatasetSpecs.of(DatasetKind.TRANSLATION)
                    .window(10)
                    .first(600)
                    .build();
            r.test = Map.of("bleu", impl == Implementation.SCRATCH ? 0.0847 : 0.0907);
            r.baselines = Map.of("copy source", Map.of("bleu", 0.0096), "most frequent target", Map.of("bleu", 0.006));
            r.extras = Map.of(
                    "translations",
                    "go .\tva !\tva !\t1.000000\ni'm home .\tje suis chez moi .\tje suis <unk> .\t0.512480",
                    "vocabulary",
                    "184 English, 201 French");
            r.predictions = false;
            r.write();
        }
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        new ReportBuilder(archive, options).build(tmp.resolve("out"));
        Document doc = Jsoup.parse(Files.readString(tmp.resolve("out/index.html")));
        Element section = doc.getElementById("exp-translation");
        String text = section.text();
        assertTrue(text.contains("Baseline: copy source") && text.contains("0.0096"), text);
        assertTrue(text.contains("BLEU"), text);
        assertTrue(text.contains("10 steps per sentence"), text);
        String analysis = section.selectFirst("p.analysis").text();
        assertTrue(analysis.contains("Hand-written and library GRU x2 reach test BLEU 0.08470 and 0.09070"), analysis);
        Element sentences = section.select("div.table-wrap").stream()
                .filter(t -> t.text().contains("four sentences"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, sentences.select("tr:has(td)").size(), sentences.text());
        assertTrue(sentences.text().contains("je suis <unk> . (BLEU 0.512)"), sentences.text());
        assertTrue(sentences.text().contains("va ! (BLEU 1.00)"), sentences.text());
    }
}
