package edu.rnnlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What the build stamped into the jar: the git commit ({@code git.properties}, written by
 * git-commit-id-maven-plugin) and the versions of the tool, DJL and PyTorch and the bundled native
 * classifier ({@code rnnlab-build.properties}, filtered by Maven). Read from the classpath, so
 * {@code --version} needs neither git nor the engine.
 */
final class BuildInfo {

    private static final Properties GIT = load("/git.properties");
    private static final Properties BUILD = load("/rnnlab-build.properties");

    private BuildInfo() {}

    /** "commit 1a2b3c4 (dirty)" or "commit unknown" when built outside a git clone. */
    static String commit() {
        String id = GIT.getProperty("git.commit.id.abbrev", "");
        if (id.isBlank() || id.startsWith("$")) {
            return "commit unknown";
        }
        return "commit " + id + ("true".equals(GIT.getProperty("git.dirty")) ? " (dirty)" : "");
    }

    /** The full commit id, or "unknown". */
    static String fullCommit() {
        return GIT.getProperty("git.commit.id.full", "unknown");
    }

    /** A stamped build property, or "unknown". */
    static String get(String key) {
        String value = BUILD.getProperty(key, "unknown");
        return value.startsWith("${") ? "unknown" : value;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable stamp reads as "unknown": --version must still answer
        }
        return p;
    }
}
