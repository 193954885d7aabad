package edu.rnnlab.data.synthetic;

import edu.rnnlab.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a numpy {@code .npz} exactly as {@code np.savez_compressed(f, data=arr)} lays it out: a zip
 * with one deflated entry {@code data.npy}, npy format 1.0, little-endian float64, C order. The file is
 * written under a temporary name and renamed, so an interrupted run never leaves a half file behind.
 */
public final class PemsNpzWriter {

    /** Entry time written into the archive: 2018-01-01 00:00 UTC, the series' assumed start. */
    private static final long FIXED_TIME = 1_514_764_800_000L;

    private PemsNpzWriter() {}

    /** Writes {@code values} (row-major, C order) of the given shape as array {@code data}. */
    public static void write(Path file, long[] shape, double[] values) throws IOException {
        long n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        if (n != values.length) {
            throw new IllegalArgumentException(
                    "shape " + Arrays.toString(shape) + " needs " + n + " values, got " + values.length);
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // A unique aside name: two processes generating the same data at once must not share one.
        AtomicFile.write(file, aside -> {
            try (OutputStream out = Files.newOutputStream(aside);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                ZipEntry entry = new ZipEntry("data.npy");
                entry.setTime(FIXED_TIME); // the same bytes (and sha256) on every machine and every day
                zip.putNextEntry(entry);
                zip.write(header("<f8", false, shape));
                ByteBuffer buffer = ByteBuffer.allocate(8 * 4096).order(ByteOrder.LITTLE_ENDIAN);
                for (double v : values) {
                    if (!buffer.hasRemaining()) {
                        zip.write(buffer.array(), 0, buffer.position());
                        buffer.clear();
                    }
                    buffer.putDouble(v);
                }
                zip.write(buffer.array(), 0, buffer.position());
                zip.closeEntry();
            }
        });
    }

    /**
     * The npy 1.0 preamble: magic, version, header length and the header dict padded with spaces to a
     * multiple of 64 bytes, as numpy writes it (readers rely on the data starting aligned).
     */
    public static byte[] header(String descr, boolean fortranOrder, long[] shape) {
        String shapeText = Arrays.stream(shape)
                .mapToObj(Long::toString)
                .collect(Collectors.joining(", ", "(", shape.length == 1 ? ",)" : ")"));
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortranOrder ? "True" : "False") + ", 'shape': "
                + shapeText + ", }";
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93)
                .put("NUMPY".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1)
                .put((byte) 0);
        b.putShort((short) text.length());
        b.put(text.getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }
}
