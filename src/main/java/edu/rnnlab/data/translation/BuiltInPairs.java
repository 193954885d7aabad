package edu.rnnlab.data.translation;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The sentence pairs shipped inside the tool: the first 3,000 lines of the textbook's {@code fra.txt}
 * (Tatoeba via manythings.org, CC-BY 2.0; attribution in {@code datasets/fra-eng-3000.ATTRIBUTION.md}
 * beside the resource). Copied out to the built-in data folder so that every kind is read from a file
 * with a checksum in the provenance.
 */
public final class BuiltInPairs {

    /** The file's name, as a resource under {@code datasets/} and on disk. */
    public static final String FILE_NAME = "fra-eng-3000.txt";

    private BuiltInPairs() {}

    /** Writes the shipped pairs into {@code dir} unless an identical copy is there; returns the file. */
    public static Path write(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try (InputStream in = BuiltInPairs.class.getResourceAsStream("/datasets/" + FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the tool's jar lacks datasets/" + FILE_NAME + "; rebuild it");
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return file;
            }
            return AtomicFile.write(file, aside -> Files.write(aside, bytes));
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot write the built-in sentence pairs to " + file + " (" + e.getMessage()
                            + "); check that the data folder is writable.",
                    e);
        }
    }
}
