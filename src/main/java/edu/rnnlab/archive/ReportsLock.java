package edu.rnnlab.archive;

import edu.rnnlab.RnnlabException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on a reports folder (its archive and report), held by one rnnlab process while
 * it trains or renders. Two processes on one folder would otherwise clean up each other's staging
 * folders and train the same runs twice. The lock is an operating-system file lock on
 * {@code <reports>/.rnnlab.lock}, released when the process ends however it ends (a kill included),
 * so a stale lock file never blocks; the file's text names the holder's PID for the message.
 *
 * <p>A second process does not wait: it stops at once with exit code 2 and a message naming the
 * holder, because a lab run can take many minutes and a silent wait looks like a hang.
 */
public final class ReportsLock implements AutoCloseable {

    /** The lock file's name inside the reports folder. */
    public static final String FILE_NAME = ".rnnlab.lock";

    /**
     * Folders locked by this JVM. Checked before the lock file is even opened: on Linux a process
     * loses its file locks when it closes any descriptor of that file, so a second open-and-close in
     * the holding process would silently unlock the folder for other processes.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;

    private ReportsLock(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock on {@code reportsRoot} (created if needed) or throws bad input naming the holder. */
    public static ReportsLock acquire(Path reportsRoot, String commandLine) {
        Path root = reportsRoot.toAbsolutePath().normalize();
        if (!HELD.add(root)) {
            throw inUse(root, "pid " + ProcessHandle.current().pid() + ", this same process");
        }
        Path file = root.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                channel = null;
                HELD.remove(root);
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                throw inUse(root, holder.isEmpty() ? "process unknown" : holder);
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + ", running: "
                                    + commandLine + "\n")
                            .getBytes(StandardCharsets.UTF_8)),
                    0);
            channel.force(false);
            return new ReportsLock(root, channel, lock);
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            HELD.remove(root);
            throw RnnlabException.badInput(
                    "Cannot lock the reports folder " + reportsRoot + " (" + e + "); check that "
                            + "it is writable, or pass --reports DIR to use another folder.",
                    e);
        }
    }

    /** Releases the lock (the file stays: removing it could race with the next process opening it). */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel's close below releases it too.
        }
        closeQuietly(channel);
        HELD.remove(root);
    }

    private static RnnlabException inUse(Path root, String holder) {
        return RnnlabException.badInput("The reports folder " + root + " is in use by another rnnlab (" + holder
                + "). Wait for it to finish and run again, or pass --reports DIR to use another folder.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing can only fail after the lock is gone; nothing to do.
            }
        }
    }
}
