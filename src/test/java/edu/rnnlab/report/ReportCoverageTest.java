package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.archive.RunArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A narrower report never silently replaces a fuller one in the same folder. */
class ReportCoverageTest {

    @TempDir
    Path tmp;

    @Test
    void aNarrowerReportSaysWhichItemsItLeftOut() throws Exception {
        RunArchive archive = LabFixture.write(tmp.resolve("runs"));
        Path out = tmp.resolve("report");
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        ReportResult full = new ReportBuilder(archive, options).build(out);
        assertTrue(full.warnings().isEmpty(), full.warnings().toString());
        assertEquals(
                "[0,1,2,3,5,6,7]",
                Files.readString(out.resolve(ReportCoverage.FILE)).strip());

        // As after 'rnnlab run rnn-scratch': the plan holds item 1's runs only.
        Set<String> item1 = new TreeSet<>();
        archive.readAll().stream()
                .filter(r -> r.spec().item() == 1)
                .forEach(r -> item1.add(r.summary().runId()));
        ReportResult narrow = new ReportBuilder(archive, options, item1).build(out);
        String expected = "also covered lab item(s) 2, 3, 5, 6, 7, the extras";
        assertTrue(
                narrow.warnings().stream().anyMatch(w -> w.contains(expected)),
                narrow.warnings().toString());
        assertTrue(Files.readString(out.resolve("index.html")).contains(expected), "the report says so too");

        // The full report again: nothing dropped, nothing said.
        ReportResult again = new ReportBuilder(archive, options).build(out);
        assertFalse(
                again.warnings().stream().anyMatch(w -> w.contains("also covered")),
                again.warnings().toString());
    }
}
