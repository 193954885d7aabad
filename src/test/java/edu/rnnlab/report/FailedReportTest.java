package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.archive.RunArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report build that fails while the PDF is being written (a kill, a full disk, a bug) leaves the
 * previous index.html, report.pdf and charts exactly as they were, and no temporary files.
 */
class FailedReportTest {

    @TempDir
    static Path tmp;

    static RunArchive archive;
    static ReportOptions options = new ReportOptions("en", true, true, false, null, null, null, null, List.of());

    @BeforeAll
    static void archive() {
        archive = LabFixture.write(tmp.resolve("runs"));
    }

    @Test
    void aPdfPrinterThatDiesMidWriteLeavesTheOldReportIntact() throws Exception {
        Path out = tmp.resolve("killed");
        new ReportBuilder(archive, options).build(out);
        Map<Path, byte[]> before = snapshot(out);
        assertTrue(before.containsKey(out.resolve("report.pdf")) && before.containsKey(out.resolve("index.html")));
        assertTrue(
                before.keySet().stream().anyMatch(p -> p.toString().endsWith(".png")),
                before.keySet().toString());

        RnnlabException e = assertThrows(
                RnnlabException.class, () -> new ReportBuilder(archive, options, null, (html, base, stream) -> {
                            stream.write("%PDF-1.4\n%trunc".getBytes()); // the 15 bytes a killed report left before
                            throw new IOException("No space left on device");
                        })
                        .build(out));
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        assertTrue(
                e.getMessage().contains(out.toString())
                        && e.getMessage().contains("No space left on device")
                        && e.getMessage().contains("unchanged"),
                e.getMessage());
        assertSame(before, snapshot(out));
    }

    @Test
    void aRendererBugMidWriteAlsoLeavesTheOldReportIntact() throws Exception {
        Path out = tmp.resolve("bug");
        new ReportBuilder(archive, options).build(out);
        Map<Path, byte[]> before = snapshot(out);
        assertThrows(
                IllegalStateException.class, () -> new ReportBuilder(archive, options, null, (html, base, stream) -> {
                            stream.write(new byte[1000]);
                            throw new IllegalStateException("renderer crashed");
                        })
                        .build(out));
        assertSame(before, snapshot(out));
    }

    private static void assertSame(Map<Path, byte[]> before, Map<Path, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "no file added (no leftover aside file) and none removed");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));
    }

    /** Every file below {@code dir}, hidden ones included, with its bytes. */
    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(p, Files.readAllBytes(p));
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }
}
