package edu.rnnlab.run;

/**
 * A spec value out of its range, thrown by the spec records' constructors — the one place each rule
 * lives. The key is relative to its record ({@code hidden}, {@code lr}); whoever read the spec adds
 * where it came from (file, line, {@code models[1].}) before a user sees it.
 */
public final class SpecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object value;
    private final String expected;

    private SpecException(String key, Object value, String expected) {
        super("bad value '" + value + "' for " + key + "; expected " + expected + ".");
        this.key = key;
        this.value = value;
        this.expected = expected;
    }

    /** Throws unless {@code ok}. */
    static void require(boolean ok, String key, Object value, String expected) {
        if (!ok) {
            throw new SpecException(key, value, expected);
        }
    }

    /** Throws unless {@code value >= least}. */
    static void atLeast(String key, int value, int least) {
        require(value >= least, key, value, least == 0 ? "0 or more" : least + " or more");
    }

    /** The key within its record, e.g. {@code hidden}. */
    public String key() {
        return key;
    }

    /** The value as the record received it. */
    public Object value() {
        return value;
    }

    /** What a valid value looks like, for the user. */
    public String expected() {
        return expected;
    }
}
