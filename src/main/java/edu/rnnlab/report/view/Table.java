package edu.rnnlab.report.view;

import java.util.List;

/**
 * A numbered table with a caption.
 *
 * @param id      anchor id, unique in the report
 * @param caption "Table 3. ..." (numbered by the builder); empty for unnumbered key-value tables
 * @param headers column headers; empty for a key-value table
 * @param rows    the cells, row by row
 * @param note    a line printed under the table, or empty
 */
public record Table(String id, String caption, List<String> headers, List<List<Cell>> rows, String note) {}
