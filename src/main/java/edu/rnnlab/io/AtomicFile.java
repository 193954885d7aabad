package edu.rnnlab.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file aside and renames it into place. The aside name is unique per process and call
 * ({@code .index.<pid>-<random>.html}), so two writers never share a temporary file, and it is
 * created with the default permissions (the umask applies, unlike {@code Files.createTempFile},
 * which makes 0600 files). On any failure the aside file is removed and the target is untouched.
 *
 * <pre>{@code
 * AtomicFile.write(dir.resolve("report.pdf"), aside -> printer.print(html, aside));
 * }</pre>
 */
public final class AtomicFile {

    /** Writes the content of a file to the path it is given (the aside name, never the target). */
    @FunctionalInterface
    public interface Body {
        /** Writes the whole file at {@code aside}. */
        void write(Path aside) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code target} through {@code body} aside, flushes it to disk, and renames it into place. */
    public static Path write(Path target, Body body) throws IOException {
        Path aside = asideOf(target);
        Files.createDirectories(aside.toAbsolutePath().getParent());
        try {
            body.write(aside);
            if (!Files.isRegularFile(aside)) {
                throw new IOException("nothing was written for " + target);
            }
            // Renamed data must be on disk first, or a crash can leave a renamed but empty file.
            try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(aside, target);
            return target;
        } finally {
            Files.deleteIfExists(aside); // gone after a successful move; a leftover only after a failure
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target} aside and renames it into place. */
    public static Path writeString(Path target, String text) throws IOException {
        return write(
                target,
                aside -> Files.writeString(
                        aside, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** Renames {@code from} to {@code to}, atomically where the file system can, replacing {@code to}. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A hidden sibling of {@code target} with a name no other writer uses, keeping the extension last
     * (some writers, e.g. XChart's PNG encoder, append an extension they do not find).
     */
    public static Path asideOf(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".tmp";
        return target.resolveSibling("." + stem + "." + uniqueSuffix() + extension);
    }

    /** {@code <pid>-<random hex>}: unique across processes (pid) and within one (64 random bits). */
    public static String uniqueSuffix() {
        return ProcessHandle.current().pid() + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
