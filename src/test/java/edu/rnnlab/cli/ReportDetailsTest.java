package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.testkit.CliRunner;
import edu.rnnlab.testkit.TinySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The title block's details: report.yaml beside the experiments, flags over it, remembered for the
 * next report; bad files named with line and key. Also what the report commands print.
 */
class ReportDetailsTest {

    @TempDir
    Path home;

    @Test
    void readsTheThreeKeysAndRefusesOthersWithFileAndLine() throws Exception {
        Path file = home.resolve("report.yaml");
        Files.writeString(file, "student: 李华\nstudent_id: 2023001\ncourse: \"Deep Learning\"\n");
        assertEquals(new ReportDetails("李华", "2023001", "Deep Learning"), ReportDetails.read(file));
        assertEquals(ReportDetails.NONE, ReportDetails.read(home.resolve("absent.yaml")));

        Files.writeString(file, "student: Ada\nstudnet_id: 1\n");
        RnnlabException e = assertThrows(RnnlabException.class, () -> ReportDetails.read(file));
        assertTrue(e.getMessage().contains(file + ", line 2") && e.getMessage().contains("studnet_id"), e.getMessage());

        Files.writeString(file, "student: [Ada, Bob]\n");
        e = assertThrows(RnnlabException.class, () -> ReportDetails.read(file));
        assertTrue(
                e.getMessage().contains("line 1") && e.getMessage().contains("student must be text"), e.getMessage());
    }

    @Test
    void writtenDetailsReadBackTheSame() {
        Path file = home.resolve("r/report-details.yaml");
        ReportDetails d = new ReportDetails("O'Brien \"Bob\"", "7", null);
        d.write(file);
        assertEquals(d, ReportDetails.read(file));
    }

    @Test
    void fileFlagsAndMemoryInTheReportCommands() throws Exception {
        TinySpecs.write(home.resolve("experiments"), "1.yaml", TinySpecs.airQuality("tiny-a", 1, "scratch"));
        Files.writeString(home.resolve("experiments/report.yaml"), "student: Ada Lovelace\nstudent_id: S-1\n");
        CliRunner.Result lab = CliRunner.run(home, "lab", "--quiet", "--profile", "quick", "--format", "html,md");
        assertEquals(0, lab.exit(), lab.all());
        assertTrue(lab.out().contains("report.md"), lab.out());
        assertTrue(
                lab.out().matches("(?s).*charts/? \\(\\d+ charts, each as \\.png and \\.svg\\):\\n    item1-tiny-a-.*"),
                lab.out());
        Path html = home.resolve("reports/lab4/index.html");
        assertTrue(titleBlock(html).contains("Ada Lovelace") && titleBlock(html).contains("S-1"));

        // The file is gone: the report remembers; a flag overrides one value and is remembered in turn.
        Files.delete(home.resolve("experiments/report.yaml"));
        CliRunner.Result report = CliRunner.run(home, "report", "--format", "html", "--student", "Grace");
        assertEquals(0, report.exit(), report.all());
        assertTrue(titleBlock(html).contains("Grace") && titleBlock(html).contains("S-1"), titleBlock(html));
        assertEquals(0, CliRunner.run(home, "report", "--format", "html").exit());
        assertTrue(titleBlock(html).contains("Grace"), titleBlock(html));

        // The grader's copy of a bundle shows the name too (the bundle carries what the last report used).
        Path zip = home.resolve("lab4-grace.zip");
        assertEquals(0, CliRunner.run(home, "archive", "--out", zip.toString()).exit());
        CliRunner.Result grader = CliRunner.run(home, "report", "--from", zip.toString(), "--format", "html");
        assertEquals(0, grader.exit(), grader.all());
        assertTrue(titleBlock(home.resolve("reports/from-lab4-grace/lab4/index.html"))
                .contains("Grace"));

        Files.writeString(home.resolve("experiments/report.yaml"), "name: Ada\n");
        CliRunner.Result bad = CliRunner.run(home, "report", "--format", "html");
        assertEquals(2, bad.exit(), bad.all());
        assertTrue(bad.err().contains("report.yaml, line 1") && bad.err().contains("unknown key 'name'"), bad.err());
    }

    private static String titleBlock(Path html) throws Exception {
        return Jsoup.parse(Files.readString(html)).select(".title-block").text();
    }
}
