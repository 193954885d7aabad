package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import edu.rnnlab.run.CellType;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetKind;
import edu.rnnlab.run.DatasetSpec;
import edu.rnnlab.run.Implementation;
import edu.rnnlab.run.Protocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The textbook replication: our training perplexity beside the book's, only when we read the book's text. */
class TextbookCheckTest {

    @TempDir
    Path tmp;

    @Test
    void bookFiguresStandBesideOursOnTheBooksText() throws Exception {
        String block = render(TextbookReference.load().textSha256());
        assertTrue(block.contains("Published in Dive into Deep Learning"), block);
        assertTrue(block.contains("RNN, hand-written (book section 8.5)") || block.contains("section 8.5"), block);
        assertTrue(
                block.contains("training perplexity 3.210 after 4 epochs; the book reports 1.0 after 500 epochs"),
                block);
        assertTrue(block.contains("Baseline on the same text Baseline: unigram"), block);
        assertTrue(block.contains("time traveller"), "generated text: " + block);
        assertFalse(block.contains("not comparable"), block);
    }

    @Test
    void anotherTextKeepsTheBookFiguresOutOfTheTable() throws Exception {
        String block = render("ef".repeat(32));
        assertTrue(block.contains("not comparable"), block);
        assertTrue(block.contains("on a text other than the book's"), block);
        assertFalse(block.contains("Published in Dive into Deep Learning"), block);
    }

    private String render(String sha256) throws Exception {
        RunArchive archive = new RunArchive(tmp.resolve("runs"));
        FakeArchive fake = new FakeArchive(archive);
        for (CellType cell : new CellType[] {CellType.RNN, CellType.GRU}) {
            FakeArchive.Run r = fake.run("textbook-lm", 0)
                    .model(cell, cell == CellType.RNN ? Implementation.SCRATCH : Implementation.LIBRARY);
            r.title = "Replicating the textbook";
            r.dataset = DatasetSpec.of(DatasetKind.TEXT);
            r.protocol(Protocol.TEXTBOOK);
            r.data = new DataSource(
                    true, "built-in timemachine.txt", List.of(new DataFile("timemachine.txt", 178_979, sha256)));
            r.test = Map.of("perplexity", 3.21);
            r.baselines = Map.of("unigram", Map.of("perplexity", 17.4));
            r.extras = Map.of("generated", "time traveller the the the");
            r.write();
        }
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        new ReportBuilder(archive, options).build(tmp.resolve("out"));
        return Jsoup.parse(Files.readString(tmp.resolve("out/index.html")))
                .select("#exp-textbook-lm")
                .text();
    }
}
