package edu.rnnlab.report;

/**
 * Ordering and reading of swept values, which arrive from YAML as Integer, Double or String:
 * numbers compare numerically (so 128 follows 64), anything else as text.
 */
final class SweepValues {

    private SweepValues() {}

    /** The value as a number, or NaN when it is not numeric. */
    static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? Double.NaN : Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static int compare(Object a, Object b) {
        double x = number(a);
        double y = number(b);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            return Double.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    static int compareText(String a, String b) {
        return a.compareTo(b);
    }

    /** A swept value as text: numbers without a trailing ".0", small ones in plain notation. */
    static String text(Object value) {
        if (value instanceof java.util.List<?> list) {
            // A list-valued key (dataset.inputs): its names, or "none" for the empty list.
            return list.isEmpty()
                    ? "none"
                    : String.join("+", list.stream().map(String::valueOf).toList());
        }
        double v = number(value);
        if (Double.isNaN(v)) {
            return String.valueOf(value);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
