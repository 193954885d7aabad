package edu.rnnlab.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --open}: shows the HTML report in the default browser when this machine has one (Java's
 * desktop integration when there is a display, else {@code xdg-open}, {@code open} or
 * {@code cmd /c start} when on the PATH), otherwise says where the file is. Never fails the command:
 * the report is already written.
 */
final class BrowserOpener {

    private BrowserOpener() {}

    static void open(Path html, PrintWriter out) {
        if (!Files.isRegularFile(html)) {
            out.println("  --open: no HTML report was written (add html to --format); nothing to open.");
            return;
        }
        if (viaDesktop(html) || viaCommand(html)) {
            out.println("  opened " + html + " in the browser");
        } else {
            out.println("  --open: no browser found here; open " + html.toUri() + " yourself.");
        }
    }

    private static boolean viaDesktop(Path html) {
        try {
            if (GraphicsEnvironment.isHeadless()
                    || !Desktop.isDesktopSupported()
                    || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                return false;
            }
            Desktop.getDesktop().browse(html.toUri());
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            return false; // no usable desktop: try the commands
        }
    }

    private static boolean viaCommand(Path html) {
        Optional<List<String>> command = command(html, System.getProperty("os.name", ""), System.getenv("PATH"));
        if (command.isEmpty()) {
            return false;
        }
        try {
            // Started, not waited for: the browser outlives rnnlab. Its output would only clutter ours.
            new ProcessBuilder(command.get())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The command that opens {@code html} on this system, when its program is on {@code path}. */
    static Optional<List<String>> command(Path html, String osName, String path) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Optional.of(List.of("cmd", "/c", "start", "\"\"", html.toString()));
        }
        String program = os.contains("mac") ? "open" : "xdg-open";
        return onPath(program, path) ? Optional.of(List.of(program, html.toString())) : Optional.empty();
    }

    private static boolean onPath(String program, String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
