package edu.rnnlab.data.series;

import edu.rnnlab.data.synthetic.PemsNpzWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tiny hand-made npz files, good and bad, for the PeMS reader tests. */
final class PemsFixtures {

    private PemsFixtures() {}

    /** The path of a shared dataset copy (may not exist: tests skip then). */
    static Path shared(String relative) {
        return Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolve("shared/datasets")
                .resolve(relative);
    }

    /** value(t, s, f) = 100 t + 10 s + f, so every element says where it came from. */
    static double[] ramp(int steps, int sensors, int features) {
        double[] v = new double[steps * sensors * features];
        for (int t = 0; t < steps; t++) {
            for (int s = 0; s < sensors; s++) {
                for (int f = 0; f < features; f++) {
                    v[(t * sensors + s) * features + f] = 100 * t + 10 * s + f;
                }
            }
        }
        return v;
    }

    /** An npz with one entry {@code key.npy} holding the given header and raw payload. */
    static Path npz(Path file, String key, byte[] header, byte[] payload) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(key + ".npy"));
            zip.write(header);
            zip.write(payload);
            zip.closeEntry();
        }
        return file;
    }

    /** Payload of float32 or float64 values in the given byte order. */
    static byte[] payload(double[] values, int itemSize, ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(values.length * itemSize).order(order);
        for (double v : values) {
            if (itemSize == 8) {
                b.putDouble(v);
            } else {
                b.putFloat((float) v);
            }
        }
        return b.array();
    }

    /** A well-formed little-endian file of the given descr ({@code <f8} or {@code <f4}). */
    static Path npz(Path file, String descr, long[] shape, double[] values) throws IOException {
        int size = descr.endsWith("8") ? 8 : 4;
        return npz(
                file,
                "data",
                PemsNpzWriter.header(descr, false, shape),
                payload(values, size, ByteOrder.LITTLE_ENDIAN));
    }
}
