package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: renders the fixture report (en and zh) into {@code -Drnnlab.sample=<dir>} so a person
 * can look at it (screenshots, PDF pages). Skipped unless the property is set.
 */
@EnabledIfSystemProperty(named = "rnnlab.sample", matches = ".+")
class SampleReportTest {

    @Test
    void renderSample() {
        Path dir = Path.of(System.getProperty("rnnlab.sample"));
        var archive = LabFixture.write(dir.resolve("runs-" + System.nanoTime()));
        for (String lang : List.of("en", "zh")) {
            var options = new ReportOptions(
                    lang,
                    true,
                    true,
                    false,
                    null,
                    null,
                    null,
                    "./rnnlab lab",
                    List.of("no check-in data found; run with --data-dir"));
            new ReportBuilder(archive, options).build(dir.resolve(lang));
            assertTrue(Files.exists(dir.resolve(lang).resolve("index.html")));
        }
    }
}
