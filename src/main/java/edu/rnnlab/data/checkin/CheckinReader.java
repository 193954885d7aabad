package edu.rnnlab.data.checkin;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.run.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a check-in file in either of the course's layouts ({@link CheckinFormat}), told apart by
 * content: a tab in the first line means the TSMC2014 text file, a known column name means a header.
 * Fields are parsed with commons-csv, so quoted course-CSV fields (a category name with a comma) work.
 * Text is decoded as UTF-8 with unreadable bytes replaced: the original TSMC files are not clean UTF-8
 * in places, and names are only shown, never used to identify anything.
 */
public final class CheckinReader {

    private CheckinReader() {}

    /** Reads every check-in of {@code file}. */
    public static CheckinLog read(Path file, boolean builtIn) {
        if (!Files.isRegularFile(file)) {
            throw RnnlabException.badInput(file + " does not exist; put the course's check-in file there"
                    + " (FS_NYC.csv, FS_TKY.csv or dataset_TSMC2014_NYC.txt) or run 'rnnlab data generate'.");
        }
        try (BufferedReader in = open(file)) {
            in.mark(1 << 16);
            String first = in.readLine();
            if (first == null || first.isBlank()) {
                throw RnnlabException.badInput(file + " is empty; copy the course's check-in file again.");
            }
            in.reset();
            boolean tabs = first.indexOf('\t') >= 0;
            CSVFormat format = (tabs
                            ? CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false)
                            : CSVFormat.DEFAULT.builder())
                    .setIgnoreEmptyLines(true)
                    .get();
            List<String> firstFields =
                    CSVParser.parse(first, format).getRecords().get(0).toList();
            boolean header = CheckinColumns.isHeader(firstFields);
            int[] at = header ? CheckinColumns.locate(firstFields, file) : CheckinColumns.positional();
            List<Checkin> rows = new ArrayList<>();
            Map<String, String> strings = new HashMap<>();
            try (CSVParser parser = CSVParser.parse(in, format)) {
                boolean skip = header;
                for (CSVRecord r : parser) {
                    if (skip) {
                        skip = false;
                        continue;
                    }
                    // The parser starts at line 1 (the header, if any), so the record number is the line number.
                    rows.add(row(r, at, r.getRecordNumber(), file, strings));
                }
            } catch (java.io.UncheckedIOException e) {
                throw RnnlabException.badInput(
                        file + ": malformed CSV (" + e.getMessage() + "); check quoting near that line.", e);
            }
            if (rows.isEmpty()) {
                throw RnnlabException.badInput(file + " has a header but no check-ins; copy the course's file again.");
            }
            String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            CheckinFormat kind = tabs && !header ? CheckinFormat.TSMC : CheckinFormat.CSV;
            String description = (builtIn ? "built-in generated " : "") + file.getFileName() + " (" + kind.name()
                    + " layout), " + rows.size() + " check-ins";
            return new CheckinLog(
                    name,
                    kind,
                    List.copyOf(rows),
                    new DataSource(builtIn, description, List.of(Checksums.describe(file))));
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private static BufferedReader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Reader reader = new InputStreamReader(Files.newInputStream(file), decoder);
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static Checkin row(CSVRecord r, int[] at, long line, Path file, Map<String, String> strings) {
        int needed = java.util.Arrays.stream(at).max().orElse(0) + 1;
        if (r.size() < needed) {
            throw RnnlabException.badInput(file + " line " + line + ": " + r.size() + " fields, expected " + needed
                    + " (" + String.join(",", r.toList()) + "); fix or remove that line.");
        }
        String user = text(r, at[CheckinColumns.USER], line, file, "userId", strings);
        String venue = text(r, at[CheckinColumns.VENUE], line, file, "venueId", strings);
        String categoryId =
                strings.computeIfAbsent(r.get(at[CheckinColumns.CATEGORY_ID]).strip(), k -> k);
        String category =
                strings.computeIfAbsent(r.get(at[CheckinColumns.CATEGORY]).strip(), k -> k);
        double lat = number(r, at[CheckinColumns.LATITUDE], line, file, "latitude");
        double lon = number(r, at[CheckinColumns.LONGITUDE], line, file, "longitude");
        double offset = number(r, at[CheckinColumns.OFFSET], line, file, "timezoneOffset");
        String stamp = r.get(at[CheckinColumns.TIME]);
        Instant time;
        try {
            time = CheckinTime.parse(stamp);
        } catch (DateTimeParseException e) {
            throw RnnlabException.badInput(
                    file + " line " + line + ", column utcTimestamp: '" + stamp
                            + "' is not a timestamp; expected e.g. '2012-04-03 18:00:09+00:00' or 'Tue Apr 03 18:00:09 +0000 2012'.",
                    e);
        }
        return new Checkin(user, venue, categoryId, category, lat, lon, (int) offset, time);
    }

    private static String text(
            CSVRecord r, int column, long line, Path file, String name, Map<String, String> strings) {
        String v = r.get(column).strip();
        if (v.isEmpty()) {
            throw RnnlabException.badInput(
                    file + " line " + line + ", column " + name + " is empty; fix or remove that line.");
        }
        return strings.computeIfAbsent(v, k -> k);
    }

    private static double number(CSVRecord r, int column, long line, Path file, String name) {
        String v = r.get(column).strip();
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the file and line
        }
        throw RnnlabException.badInput(file + " line " + line + ", column " + name + ": '" + v
                + "' is not a finite number; fix or remove that line.");
    }
}
