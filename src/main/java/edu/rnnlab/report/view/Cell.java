package edu.rnnlab.report.view;

/**
 * One table cell.
 *
 * @param text    formatted text
 * @param best    the best value of its column (shown in bold)
 * @param numeric right-aligned, tabular digits
 */
public record Cell(String text, boolean best, boolean numeric) {

    /** A text cell (not named {@code text}: FreeMarker would confuse it with the accessor). */
    public static Cell plain(String text) {
        return new Cell(text, false, false);
    }

    /** A number cell. */
    public static Cell num(String text) {
        return new Cell(text, false, true);
    }
}
