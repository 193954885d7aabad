package edu.rnnlab.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real dataset copies in {@code ../shared/datasets}; tests that need one skip when it is absent. */
public final class SharedDatasets {

    private SharedDatasets() {}

    /** The folder of a shared dataset, or a skipped test when it is not there. */
    public static Path require(String name) {
        Path dir = Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolve("shared/datasets")
                .resolve(name);
        assumeTrue(Files.isDirectory(dir), "shared dataset " + name + " not present at " + dir);
        return dir;
    }
}
