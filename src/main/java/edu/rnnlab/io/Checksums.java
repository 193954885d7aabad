package edu.rnnlab.io;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File digests for provenance and data inspection. */
public final class Checksums {

    private Checksums() {}

    /** The file as a {@link DataFile}: path, size and sha256. */
    public static DataFile describe(Path file) {
        try {
            return new DataFile(
                    file.toAbsolutePath().normalize().toString(), Files.size(file), digest(file, "SHA-256"));
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    /** Hex digest of a file with the given algorithm ("SHA-256", "SHA-1"). */
    public static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without " + algorithm, e);
        }
    }
}
