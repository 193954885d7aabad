package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The grader's bundle: one zip with the report, the run archive, the experiment specs and a README.
 * Written aside and renamed into place ({@link AtomicFile}); hidden files (staging folders, lock,
 * temporary files) are left out. Extraction refuses entries that would land outside its folder.
 */
public final class Bundle {

    /** Folder names inside the zip. */
    public static final String RUNS = "runs";
    /** The experiment specs that planned the runs. */
    public static final String EXPERIMENTS = "experiments";
    /** The rendered report (HTML, PDF, charts). */
    public static final String REPORT = "report";

    /** A folder or file to put into the zip under {@code name}. */
    public record Part(String name, Path source) {}

    private Bundle() {}

    /** Writes {@code zip} with the parts that exist and {@code readme} as README.txt; returns the files added. */
    public static int write(Path zip, List<Part> parts, String readme) {
        int[] count = {0};
        try {
            AtomicFile.write(zip, aside -> {
                try (OutputStream file = Files.newOutputStream(aside);
                        ZipOutputStream out = new ZipOutputStream(file)) {
                    add(out, "README.txt", readme.getBytes(StandardCharsets.UTF_8));
                    for (Part part : parts) {
                        for (Path f : files(part.source())) {
                            String inside = Files.isDirectory(part.source())
                                    ? part.name() + "/"
                                            + part.source()
                                                    .relativize(f)
                                                    .toString()
                                                    .replace('\\', '/')
                                    : part.name();
                            add(out, inside, Files.readAllBytes(f));
                            count[0]++;
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot write " + zip + " (" + e + "); check that the folder is writable and "
                            + "the disk has free space, or pass --out.",
                    e);
        }
        return count[0];
    }

    /** Unpacks {@code zip} into {@code into} (created) and returns {@code into}. */
    public static Path extract(Path zip, Path into) {
        if (!Files.isRegularFile(zip)) {
            throw RnnlabException.badInput(
                    zip + " does not exist or is not a file; pass the bundle written by 'rnnlab archive'.");
        }
        Path root = into.toAbsolutePath().normalize();
        try (InputStream file = Files.newInputStream(zip);
                ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = root.resolve(e.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw RnnlabException.badInput(
                            zip + ": entry '" + e.getName() + "' points outside the bundle; refusing it.");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot read the bundle " + zip + " (" + e + "); is it a zip written by " + "'rnnlab archive'?", e);
        }
        if (!Files.isDirectory(root.resolve(RUNS))) {
            throw RnnlabException.badInput(
                    zip + " has no " + RUNS + "/ folder; it is not a bundle written by 'rnnlab archive'.");
        }
        return root;
    }

    private static List<Path> files(Path source) throws IOException {
        if (!Files.exists(source)) {
            return List.of();
        }
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            // Hidden names are ours in the making (staging folders, the lock, files written aside): not results.
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(source.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void add(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
