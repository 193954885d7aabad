package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.run.DatasetSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code kind: csv}, a user's own time series: a header line, one timestamp column
 * ({@code dataset.time_column}, default the first column), the target column ({@code dataset.feature},
 * default the first other column that is not an input) and optional input columns
 * ({@code dataset.inputs}). The delimiter (comma, semicolon or tab) is the one the header uses most.
 *
 * <p>Empty cells (and {@code NA}, {@code NaN}, {@code null}) are gaps, handled like the course data's
 * (short ones interpolated inside a split, windows across longer ones dropped). The time axis must be
 * sorted and regular: its step is the most common interval between rows; a row missing from that grid
 * becomes a gap, but a row off the grid, a repeated time or a time going back is refused, since
 * resampling (averaging, choosing among duplicates) is a modelling decision for the user, not the tool.
 */
public final class CsvSeriesReader {

    private CsvSeriesReader() {}

    /** Reads the spec's columns of {@code file}. */
    public static CsvSeries read(Path file, DatasetSpec spec) {
        if (!Files.isRegularFile(file)) {
            throw RnnlabException.badInput(file + " does not exist; dataset.file must name the CSV to read.");
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(4);
            if (in.read() != '\uFEFF') {
                in.reset(); // no byte-order mark
            }
            in.mark(1 << 16);
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw RnnlabException.badInput(
                        file + " is empty; a csv dataset needs a header line naming its columns.");
            }
            in.reset();
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter(header))
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true)
                    .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
                    .setTrim(true)
                    .get();
            try (CSVParser csv = CSVParser.parse(in, format)) {
                CsvColumns columns = CsvColumns.of(file, csv.getHeaderNames(), spec);
                return CsvGrid.of(file, columns, rows(file, csv, columns)).toSeries(spec, Checksums.describe(file));
            }
        } catch (IllegalArgumentException e) {
            throw RnnlabException.badInput(
                    file + " line 1: the header cannot be used (" + e.getMessage()
                            + "); give every column a distinct name.",
                    e);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw RnnlabException.badInput(
                    file + " cannot be read as CSV (" + e.getMessage()
                            + "); check its quoting and that it is UTF-8 text.",
                    e);
        }
    }

    /** The delimiter the header line uses most (comma when it uses none). */
    static char delimiter(String header) {
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(x -> x == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }

    /** One parsed row: its line, time and the values of the used columns (target first, then the inputs). */
    record Row(long line, LocalDateTime time, float[] values) {}

    private static List<Row> rows(Path file, CSVParser csv, CsvColumns columns) {
        List<Row> rows = new ArrayList<>();
        CsvTime.Form form = null;
        for (CSVRecord r : csv) {
            long line = r.getRecordNumber() + 1; // the header is line 1
            if (r.size() < columns.needed()) {
                throw RnnlabException.badInput(file + " line " + line + ": " + r.size() + " fields, but column '"
                        + columns.lastNeeded() + "' is field " + columns.needed() + "; the row is cut short.");
            }
            String text = r.get(columns.time());
            if (form == null) {
                try {
                    form = CsvTime.formOf(text);
                } catch (DateTimeParseException e) {
                    throw badTime(file, line, columns, text, "the accepted forms are " + CsvTime.accepted());
                }
            }
            LocalDateTime time;
            try {
                time = form.parse(text);
            } catch (DateTimeParseException e) {
                throw badTime(file, line, columns, text, "the first row's form was " + form.name());
            }
            float[] values = new float[columns.used().size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = number(
                        file, line, columns.names().get(k), r.get(columns.used().get(k)));
            }
            rows.add(new Row(line, time, values));
        }
        if (rows.size() < 2) {
            throw RnnlabException.badInput(file + " has " + rows.size() + " data row(s); a series needs many more.");
        }
        return rows;
    }

    private static float number(Path file, long line, String column, String cell) {
        String c = cell.strip();
        String lower = c.toLowerCase(Locale.ROOT);
        if (c.isEmpty() || lower.equals("na") || lower.equals("nan") || lower.equals("null")) {
            return Float.NaN;
        }
        try {
            float v = Float.parseFloat(c);
            if (Float.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RnnlabException.badInput(file + " line " + line + ", column '" + column + "': '" + cell
                + "' is not a finite number (write numbers with a decimal point, e.g. 12.5); leave the cell"
                + " empty for a missing value.");
    }

    private static RnnlabException badTime(Path file, long line, CsvColumns columns, String text, String hint) {
        return RnnlabException.badInput(file + " line " + line + ", column '" + columns.timeName() + "': '" + text
                + "' is not a time rnnlab reads (" + hint + "); fix that cell, or set dataset.time_column if the"
                + " time is in another column.");
    }
}
