package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --open} picks the system's opener only when it is there, and never fails. */
class BrowserOpenerTest {

    @TempDir
    Path tmp;

    @Test
    void theOpenerOfEachSystemWhenOnThePath() throws Exception {
        Path html = tmp.resolve("index.html");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        assertEquals(Optional.empty(), BrowserOpener.command(html, "Linux", bin.toString()));
        Path xdg = Files.writeString(bin.resolve("xdg-open"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(xdg, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(
                Optional.of(List.of("xdg-open", html.toString())),
                BrowserOpener.command(html, "Linux", bin.toString()));
        assertEquals(Optional.empty(), BrowserOpener.command(html, "Mac OS X", bin.toString()));
        assertEquals(
                "cmd",
                BrowserOpener.command(html, "Windows 11", null).orElseThrow().get(0));
    }

    @Test
    void noHtmlIsALineNotAFailure() {
        StringWriter out = new StringWriter();
        BrowserOpener.open(tmp.resolve("absent.html"), new PrintWriter(out, true));
        assertTrue(out.toString().contains("nothing to open"), out.toString());
    }
}
