package edu.rnnlab.data.text;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import edu.rnnlab.io.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The text that ships inside the jar: H. G. Wells, <i>The Time Machine</i> (Project Gutenberg #35,
 * public domain), byte for byte the "Dive into Deep Learning" copy (SHA-1
 * {@value TextFetcher#TIME_MACHINE_SHA1}). Without a {@code .txt} in the data folder the language
 * models read it, so the text experiments run on the default. It is written out as a file, like the
 * other built-in data, so that it is read, checksummed and recorded in provenance by the same code as
 * a course file ({@link TextCorpus#load}).
 */
public final class BundledText {

    /** Class-path location of the bundled text. */
    public static final String RESOURCE = "/edu/rnnlab/data/text/" + TextFetcher.TIME_MACHINE_FILE;

    /** What the bundled text is, for provenance and the report. */
    public static final String TITLE = "H. G. Wells, The Time Machine, Project Gutenberg #35, shipped with rnnlab";

    private BundledText() {}

    /** The bundled bytes. */
    public static byte[] bytes() {
        try (InputStream in = BundledText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild rnnlab.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE + " from the jar", e);
        }
    }

    /**
     * {@code dir/timemachine.txt}, written (atomically) unless a copy with the right SHA-1 is already
     * there: an edited or truncated copy is replaced, never trusted.
     */
    public static Path writeTo(Path dir) {
        Path file = dir.resolve(TextFetcher.TIME_MACHINE_FILE);
        try {
            if (Files.isRegularFile(file)
                    && Checksums.digest(file, "SHA-1").equalsIgnoreCase(TextFetcher.TIME_MACHINE_SHA1)) {
                return file;
            }
            byte[] bytes = bytes();
            return AtomicFile.write(file, aside -> Files.write(aside, bytes, StandardOpenOption.CREATE_NEW));
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot write the built-in text to " + file + " (" + e.getMessage() + "); check the folder.", e);
        }
    }
}
