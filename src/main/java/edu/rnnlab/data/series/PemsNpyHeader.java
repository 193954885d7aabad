package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The header of a numpy {@code .npy} array (format versions 1-3): element type, memory order and
 * shape. Only plain numeric element types are accepted, since those are what the course files hold.
 *
 * @param descr    the numpy type string, e.g. {@code <f8}
 * @param kind     {@code 'f'} float, {@code 'i'} signed or {@code 'u'} unsigned integer
 * @param itemSize bytes per element
 * @param order    byte order of the elements
 * @param shape    the array's shape
 */
public record PemsNpyHeader(String descr, char kind, int itemSize, ByteOrder order, long[] shape) {

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /**
     * Parses the header dictionary text.
     *
     * @param text  the Python dict literal after the magic and length fields
     * @param where file and entry for messages, e.g. {@code PEMS04.npz entry data.npy}
     */
    public static PemsNpyHeader parse(String text, String where) {
        Matcher d = DESCR.matcher(text);
        if (!d.find()) {
            throw RnnlabException.badInput(
                    where + ": the array has a structured or unreadable element type (" + text.strip()
                            + "); save it as a plain float array, e.g. np.savez(f, data=arr.astype('float64')).");
        }
        String descr = d.group(1);
        Matcher f = FORTRAN.matcher(text);
        if (f.find() && f.group(1).equals("True")) {
            throw RnnlabException.badInput(where + ": the array is stored in Fortran (column-major) order, which is not"
                    + " supported; re-save it in C order, e.g. np.savez(f, data=np.ascontiguousarray(arr)).");
        }
        Matcher s = SHAPE.matcher(text);
        if (!s.find()) {
            throw RnnlabException.badInput(
                    where + ": the npy header has no shape (" + text.strip() + "); the file is damaged.");
        }
        long[] shape = Arrays.stream(s.group(1).split(","))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .mapToLong(Long::parseLong)
                .toArray();
        return ofDescr(descr, shape, where);
    }

    private static PemsNpyHeader ofDescr(String descr, long[] shape, String where) {
        if (descr.length() >= 3) {
            char byteOrder = descr.charAt(0);
            char kind = descr.charAt(1);
            String size = descr.substring(2);
            if ((kind == 'f' || kind == 'i' || kind == 'u') && size.matches("[1248]")) {
                int itemSize = Integer.parseInt(size);
                ByteOrder order = byteOrder == '>'
                        ? ByteOrder.BIG_ENDIAN
                        : byteOrder == '<' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.nativeOrder();
                if (!(kind == 'f' && itemSize < 4)) {
                    return new PemsNpyHeader(descr, kind, itemSize, order, shape);
                }
            }
        }
        throw RnnlabException.badInput(where + ": element type '" + descr + "' is not a plain number type"
                + " (float32/64 or integer); convert it, e.g. np.savez(f, data=arr.astype('float64')).");
    }

    /** Number of axes. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public long elements() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** The shape written as numpy does, e.g. {@code (16992, 307, 3)}. */
    public String shapeText() {
        return Arrays.stream(shape)
                .mapToObj(Long::toString)
                .collect(Collectors.joining(", ", "(", shape.length == 1 ? ",)" : ")"));
    }
}
