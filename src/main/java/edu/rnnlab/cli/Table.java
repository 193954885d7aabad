package edu.rnnlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A console table whose columns are as wide as their longest cell, so long ids and numbers line up. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    void add(String... cells) {
        rows.add(cells);
    }

    /** Prints header and rows, indented by two spaces; nothing when there are no rows. */
    void print(PrintWriter out) {
        if (rows.size() == 1) {
            return;
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + width[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
