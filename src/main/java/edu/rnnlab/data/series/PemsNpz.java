package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A numpy {@code .npz} archive holding the course's 3-axis array {@code data} (time, sensors, features),
 * read step by step so that even PEMS07 (28224 x 883 x 3 float64, 600 MB unpacked) never has to fit
 * in memory. Written by hand rather than with DJL's {@code NDList.decode} so that every defect —
 * missing key, Fortran order, wrong rank, truncation — gets a message naming the file and the fix,
 * and so that reading data does not start the PyTorch engine.
 */
public final class PemsNpz implements AutoCloseable {

    /** The array key every course file uses. */
    public static final String KEY = "data";

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    private final Path file;
    private final ZipFile zip;
    private final ZipEntry entry;
    private final PemsNpyHeader header;

    private PemsNpz(Path file, ZipFile zip, ZipEntry entry, PemsNpyHeader header) {
        this.file = file;
        this.zip = zip;
        this.entry = entry;
        this.header = header;
    }

    /** Receives one time step: {@code row[s * features + f]} for every sensor and feature. */
    @FunctionalInterface
    public interface StepVisitor {
        /** Called once per step, in time order; {@code row} is reused between calls. */
        void step(int t, double[] row);
    }

    /** Opens the archive and checks that {@code data} is a C-ordered numeric array of rank 3. */
    public static PemsNpz open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw RnnlabException.badInput(file + " does not exist; put the course's " + file.getFileName()
                    + " there or run 'rnnlab data generate'.");
        }
        ZipFile zip;
        try {
            if (Files.size(file) == 0) {
                throw RnnlabException.badInput(file + " is empty (0 bytes); copy the course's " + file.getFileName()
                        + " again or run 'rnnlab data generate'.");
            }
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    file + " is not a complete numpy .npz (zip) archive (" + e.getMessage()
                            + "); it may be truncated or damaged: copy or download it again.",
                    e);
        }
        try {
            ZipEntry entry = zip.getEntry(KEY + ".npy");
            if (entry == null) {
                List<String> keys = Collections.list(zip.entries()).stream()
                        .map(z -> z.getName().replaceFirst("\\.npy$", ""))
                        .toList();
                throw RnnlabException.badInput(file + " has no array named '" + KEY + "' (it holds " + keys
                        + "); the course's PeMS files store one array 'data' of shape (time, sensors, features).");
            }
            String where = file.getFileName() + " entry " + entry.getName();
            PemsNpyHeader header;
            try (InputStream in = zip.getInputStream(entry)) {
                header = readHeader(in, where);
            }
            if (header.rank() != 3 || header.shape()[0] < 1 || header.shape()[1] < 1 || header.shape()[2] < 1) {
                throw RnnlabException.badInput(where + ": array 'data' has shape " + header.shapeText()
                        + "; expected 3 non-empty axes (time, sensors, features), like PEMS04's (16992, 307, 3).");
            }
            return new PemsNpz(file, zip, entry, header);
        } catch (IOException e) {
            closeQuietly(zip);
            throw RnnlabException.badInput(
                    file + ": cannot read array 'data' (" + e.getMessage()
                            + "); the archive is damaged: copy or download it again.",
                    e);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** The header of {@code data}. */
    public PemsNpyHeader header() {
        return header;
    }

    /** Time steps, sensors, features. */
    public int steps() {
        return (int) header.shape()[0];
    }

    /** Number of sensors (axis 1). */
    public int sensors() {
        return (int) header.shape()[1];
    }

    /** Number of features (axis 2). */
    public int features() {
        return (int) header.shape()[2];
    }

    /** Streams every time step, in order, as doubles. */
    public void forEachStep(StepVisitor visitor) {
        int rowLength = sensors() * features();
        byte[] bytes = new byte[rowLength * header.itemSize()];
        double[] row = new double[rowLength];
        int t = 0;
        try (InputStream in = new BufferedInputStream(zip.getInputStream(entry), 1 << 16)) {
            readHeader(in, file.toString());
            for (; t < steps(); t++) {
                if (in.readNBytes(bytes, 0, bytes.length) < bytes.length) {
                    throw truncated(t, null);
                }
                decode(ByteBuffer.wrap(bytes).order(header.order()), row);
                visitor.step(t, row);
            }
        } catch (IOException e) {
            throw truncated(t, e);
        }
    }

    private RnnlabException truncated(int t, Exception cause) {
        return RnnlabException.badInput(
                file + ": array 'data' ends at time step " + t + " of " + steps()
                        + " (the archive is truncated or damaged" + (cause == null ? "" : ": " + cause.getMessage())
                        + "); copy or download it again.",
                cause);
    }

    private void decode(ByteBuffer buffer, double[] row) {
        for (int i = 0; i < row.length; i++) {
            row[i] = switch (header.kind()) {
                case 'f' -> header.itemSize() == 8 ? buffer.getDouble() : buffer.getFloat();
                case 'i' -> switch (header.itemSize()) {
                    case 1 -> buffer.get();
                    case 2 -> buffer.getShort();
                    case 4 -> buffer.getInt();
                    default -> buffer.getLong();
                };
                default -> switch (header.itemSize()) {
                    case 1 -> Byte.toUnsignedInt(buffer.get());
                    case 2 -> Short.toUnsignedInt(buffer.getShort());
                    case 4 -> Integer.toUnsignedLong(buffer.getInt());
                    default -> unsignedLong(buffer.getLong());
                };
            };
        }
    }

    private static double unsignedLong(long v) {
        return (double) (v >>> 1) * 2.0 + (v & 1);
    }

    private static PemsNpyHeader readHeader(InputStream in, String where) throws IOException {
        byte[] magic = in.readNBytes(8);
        if (magic.length < 8 || !Arrays.equals(magic, 0, 6, MAGIC, 0, 6)) {
            throw RnnlabException.badInput(
                    where + " is not a numpy .npy array (bad magic bytes); the file is damaged.");
        }
        int major = magic[6];
        byte[] lengthBytes = in.readNBytes(major == 1 ? 2 : 4);
        ByteBuffer lb = ByteBuffer.wrap(Arrays.copyOf(lengthBytes, 4)).order(ByteOrder.LITTLE_ENDIAN);
        int length = lb.getInt();
        byte[] text = in.readNBytes(length);
        if (text.length < length) {
            throw new EOFException("npy header cut short");
        }
        return PemsNpyHeader.parse(new String(text, StandardCharsets.ISO_8859_1), where);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read-only archive: nothing to lose when closing fails.
        }
    }
}
