package edu.rnnlab.report.view;

/**
 * One table cell.
 *
 * @param text         formatted text
 * @param best         the best value of its column (shown in bold)
 * @param numeric      right-aligned, tabular digits
 * @param preformatted shown verbatim in a monospace box, line breaks and column alignment kept
 *                     (multi-line text from the data, e.g. a data summary)
 */
public record Cell(String text, boolean best, boolean numeric, boolean preformatted) {

    /** A cell that is not preformatted. */
    public Cell(String text, boolean best, boolean numeric) {
        this(text, best, numeric, false);
    }

    /** A text cell (not named {@code text}: FreeMarker would confuse it with the accessor). */
    public static Cell plain(String text) {
        return new Cell(text, false, false);
    }

    /** A number cell. */
    public static Cell num(String text) {
        return new Cell(text, false, true);
    }

    /** A preformatted text cell. */
    public static Cell pre(String text) {
        return new Cell(text, false, false, true);
    }
}
