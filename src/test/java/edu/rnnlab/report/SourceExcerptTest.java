package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report quotes the hand-written cells' step loops from the copies packaged in the jar; these must be
 * exactly the marked regions of the sources in {@code src/main/java}, so the quote can never go stale.
 */
class SourceExcerptTest {

    private static final Path CELLS = Path.of("src/main/java/edu/rnnlab/model/cell");

    @ParameterizedTest
    @CsvSource({"RnnCell.java, step", "GruCell.java, step", "GruCell.java, step-textbook", "LstmCell.java, step"})
    void quotedLoopIsTheMarkedRegionOfTheSource(String file, String region) throws Exception {
        List<String> quoted = SourceExcerpt.of(file, region);
        List<String> source = SourceExcerpt.region(Files.readString(CELLS.resolve(file)), region, file);
        assertEquals(source, quoted, file + " in the jar differs from src/main/java: rebuild");
        assertTrue(quoted.get(0).startsWith("for (int t = 0; t < steps; t++) {"), quoted.get(0));
        assertEquals("}", quoted.get(quoted.size() - 1));
        assertTrue(quoted.stream().anyMatch(l -> l.startsWith("    h = ")), "the loop updates h: " + quoted);
    }

    @Test
    void regionIsDedentedAndMarkersAreChecked() {
        String source = String.join(
                "\n",
                "class A {",
                "    // report:begin x",
                "    int a;",
                "",
                "        int b;",
                "    // report:end x",
                "}");
        assertEquals(List.of("int a;", "", "    int b;"), SourceExcerpt.region(source, "x", "A.java"));
        assertThrows(IllegalStateException.class, () -> SourceExcerpt.region(source, "y", "A.java"));
        String twice = source + "\n// report:begin x";
        assertThrows(IllegalStateException.class, () -> SourceExcerpt.region(twice, "x", "A.java"));
        assertFalse(SourceExcerpt.region(source, "x", "A.java").contains("// report:end x"));
    }
}
