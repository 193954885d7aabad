package edu.rnnlab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allocator settings: one text in the launcher and for workers, and a user's own value wins. */
class NativeHeapTest {

    @Test
    void theLauncherExportsTheSameSettingsUnlessTheUserSetThem() throws IOException {
        String launcher = Files.readString(Path.of("rnnlab"), StandardCharsets.UTF_8);
        String export =
                "export " + NativeHeap.VARIABLE + "=\"${" + NativeHeap.VARIABLE + ":-" + NativeHeap.SETTINGS + "}\"";
        assertTrue(launcher.contains(export), "the launcher must export exactly: " + export);
        assertTrue(launcher.indexOf(export) < launcher.indexOf("exec java"), "exported before java starts");
    }

    @Test
    void workersGetTheSettingsAndKeepAUsersOwn() {
        Map<String, String> plain = new HashMap<>();
        NativeHeap.applyTo(plain);
        assertEquals(NativeHeap.SETTINGS, plain.get(NativeHeap.VARIABLE));

        Map<String, String> users = new HashMap<>(Map.of(NativeHeap.VARIABLE, "glibc.malloc.arena_max=2"));
        NativeHeap.applyTo(users);
        assertEquals("glibc.malloc.arena_max=2", users.get(NativeHeap.VARIABLE));
    }
}
