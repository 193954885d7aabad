package edu.rnnlab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written aside replaces its target whole, or not at all, with the folder's default permissions. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoLeftover() throws Exception {
        Path target = dir.resolve("report.pdf");
        byte[] old = "%PDF-1.4 the complete old report".getBytes();
        Files.write(target, old);
        IOException full = assertThrows(
                IOException.class,
                () -> AtomicFile.write(target, aside -> {
                    try (OutputStream out = Files.newOutputStream(aside)) {
                        out.write("%PDF-1.4 half".getBytes()); // 13 bytes, then the disk is full
                        throw new IOException("No space left on device");
                    }
                }));
        assertEquals("No space left on device", full.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), list());
    }

    @Test
    void aWrittenFileReplacesTheTargetWithDefaultPermissionsAndTheAsideNamesAreUnique() throws Exception {
        Path target = dir.resolve("index.html");
        Files.writeString(target, "old");
        AtomicFile.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        Path probe = Files.createFile(dir.resolve("probe")); // what the umask gives a new file here
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(target));
        Path a = AtomicFile.asideOf(target);
        Path b = AtomicFile.asideOf(target);
        assertEquals(false, a.equals(b));
        assertEquals(
                true,
                a.getFileName().toString().startsWith(".index.") && a.toString().endsWith(".html"),
                a.toString());
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
