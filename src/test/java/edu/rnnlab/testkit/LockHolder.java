package edu.rnnlab.testkit;

import edu.rnnlab.archive.ReportsLock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process that holds the lock on a reports folder, as another {@code rnnlab} would: started
 * by {@link #start}, it takes the lock, prints {@code locked} and keeps it until it is killed.
 */
public final class LockHolder {

    private LockHolder() {}

    /** Takes the lock on the folder {@code args[0]} and sleeps. */
    @SuppressWarnings("try") // holding the lock is the point; the body never needs it
    public static void main(String[] args) throws InterruptedException {
        try (ReportsLock lock = ReportsLock.acquire(Path.of(args[0]), "LockHolder (test)")) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** Starts a holder on {@code reports} and returns once it holds the lock. */
    public static Process start(Path reports) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        reports.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] line = new byte[7];
        if (p.getInputStream().readNBytes(line, 0, 7) != 7 || !new String(line).equals("locked\n".substring(0, 7))) {
            p.destroyForcibly();
            throw new IOException("the lock holder did not start (classpath "
                    + System.getProperty("java.class.path").split(File.pathSeparator).length + " entries)");
        }
        return p;
    }
}
