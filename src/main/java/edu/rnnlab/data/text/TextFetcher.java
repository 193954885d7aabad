package edu.rnnlab.data.text;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.AtomicFile;
import edu.rnnlab.io.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * {@code rnnlab data fetch timemachine}: downloads a corpus, checks its SHA-1 and writes it into the
 * data folder under a temporary name renamed at the end, so a failed or interrupted download never
 * leaves a file that looks complete. A file already there with the right hash is not downloaded again.
 */
public final class TextFetcher {

    /** The d2l book's download address of The Time Machine. */
    public static final URI TIME_MACHINE_URL =
            URI.create("http://d2l-data.s3-accelerate.amazonaws.com/timemachine.txt");
    /** Its SHA-1, as in d2l's {@code DATA_HUB['time_machine']}. */
    public static final String TIME_MACHINE_SHA1 = "090b5e7e70c295757f55df93cb0a180b9691891a";
    /** The file name the corpus is stored under. */
    public static final String TIME_MACHINE_FILE = "timemachine.txt";
    /** Downloads larger than this are refused (a wrong URL can point at anything). */
    public static final long MAX_BYTES = 64L << 20;

    private final HttpClient client;
    private final Duration timeout;

    /** A fetcher whose connections and whole requests time out after {@code timeout}. */
    public TextFetcher(Duration timeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
    }

    /** Fetches The Time Machine into {@code dataDir}; returns the file. */
    public Path fetchTimeMachine(Path dataDir) {
        return fetch(TIME_MACHINE_URL, TIME_MACHINE_SHA1, dataDir.resolve(TIME_MACHINE_FILE));
    }

    /** Downloads {@code url} to {@code target} if it is not already there with SHA-1 {@code sha1}. */
    public Path fetch(URI url, String sha1, Path target) {
        try {
            if (Files.isRegularFile(target) && Checksums.digest(target, "SHA-1").equalsIgnoreCase(sha1)) {
                return target;
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot use " + target + " (" + e.getMessage() + "); check the data folder.", e);
        }
        Path tmp = AtomicFile.asideOf(target); // unique: two downloads at once must not share a partial file
        try {
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String actual;
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw RnnlabException.badInput("Download of " + url + " failed with HTTP " + response.statusCode()
                            + "; check the address, or download the file yourself and put it at " + target + ".");
                }
                actual = copy(in, tmp, url);
            }
            if (!actual.equalsIgnoreCase(sha1)) {
                throw RnnlabException.badInput("Downloaded " + url + " but its SHA-1 is " + actual + ", not " + sha1
                        + " (a different or damaged file); nothing was written. Try again or fetch it by hand.");
            }
            AtomicFile.move(tmp, target);
            return target;
        } catch (IOException e) {
            throw new RnnlabException(
                    RnnlabException.Exit.UNAVAILABLE,
                    "Cannot download " + url + " (" + e
                            + "); are you offline? Download it on another machine and put it at " + target + ".",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RnnlabException(RnnlabException.Exit.INTERRUPTED, "Download of " + url + " interrupted.", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // only a leftover partial download
            }
        }
    }

    private static String copy(InputStream in, Path tmp, URI url) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without SHA-1", e);
        }
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(tmp)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw RnnlabException.badInput(url + " is larger than " + (MAX_BYTES >> 20)
                            + " MiB, too big for a text corpus; check the address.");
                }
                md.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
