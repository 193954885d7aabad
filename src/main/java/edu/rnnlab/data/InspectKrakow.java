package edu.rnnlab.data;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.series.AirQualityReader;
import edu.rnnlab.io.Csv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Inspects the Krakow air-quality folder file by file: hourly rows, sensors, first and last hour,
 * missing hours and empty cells. Only counts; reading for training is {@link AirQualityReader}'s job.
 */
final class InspectKrakow {

    private static final String LOCATIONS = "sensor_locations.csv";

    private InspectKrakow() {}

    /**
     * The monthly files in calendar order (renamed copies, found by header, after them by name), then
     * {@code sensor_locations.csv} when present.
     */
    static List<Path> files(Path dir) {
        List<Path> out = new ArrayList<>(AirQualityReader.dataFiles(dir));
        out.sort(Comparator.comparing(InspectKrakow::monthKey));
        Path locations = dir.resolve(LOCATIONS);
        if (Files.isRegularFile(locations)) {
            out.add(locations);
        }
        return out;
    }

    private static String monthKey(Path p) {
        if (!AirQualityReader.isMonthFile(p.getFileName().toString())) {
            return "~" + p.getFileName(); // after every year-month key
        }
        String[] parts = p.getFileName()
                .toString()
                .toLowerCase(Locale.ROOT)
                .replace(".csv", "")
                .split("-");
        return parts[1]
                + String.format(
                        Locale.ROOT,
                        "%02d",
                        Month.valueOf(parts[0].toUpperCase(Locale.ROOT)).getValue());
    }

    static DataFolderInspection.Facts inspect(Path file) {
        try (CSVParser csv = Csv.withHeader(file)) {
            List<String> header = csv.getHeaderNames();
            if (file.getFileName().toString().equalsIgnoreCase(LOCATIONS)) {
                long rows = csv.stream().count();
                return new DataFolderInspection.Facts(rows + " sensor locations, columns " + header, "-", "-");
            }
            if (header.isEmpty() || !header.get(0).equalsIgnoreCase("UTC time")) {
                throw RnnlabException.badInput(file + " line 1: the first column is "
                        + (header.isEmpty() ? "missing" : "'" + header.get(0) + "'")
                        + ", expected 'UTC time'; is this a Krakow monthly file?");
            }
            long rows = 0;
            long empty = 0;
            long cells = 0;
            LocalDateTime first = null;
            LocalDateTime last = null;
            for (CSVRecord r : csv) {
                LocalDateTime t = time(file, r);
                first = first == null || t.isBefore(first) ? t : first;
                last = last == null || t.isAfter(last) ? t : last;
                rows++;
                for (int c = 1; c < header.size(); c++) {
                    cells++;
                    if (c >= r.size() || r.get(c).isBlank()) {
                        empty++;
                    }
                }
            }
            if (rows == 0) {
                throw RnnlabException.badInput(file + " has a header but no rows; copy the course's file again.");
            }
            long expected = ChronoUnit.HOURS.between(first, last) + 1;
            String shape = rows + " hourly rows x " + (header.size() - 1) + " columns (" + (header.size() - 1) / 6
                    + " sensors x 6 features)";
            String gaps = String.format(
                    Locale.ROOT,
                    "%d missing hours; %d of %d cells empty (%.1f%%)",
                    Math.max(0, expected - rows),
                    empty,
                    cells,
                    100.0 * empty / Math.max(1, cells));
            return new DataFolderInspection.Facts(shape, first + " .. " + last + " (UTC)", gaps);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw RnnlabException.badInput("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private static LocalDateTime time(Path file, CSVRecord r) {
        String text = r.get(0).strip();
        try {
            return LocalDateTime.parse(text.replace(' ', 'T').replaceFirst("Z$", ""));
        } catch (DateTimeParseException e) {
            throw RnnlabException.badInput(
                    file + " line " + (r.getRecordNumber() + 1) + ", column 'UTC time': '" + text
                            + "' is not a time like 2017-01-01T00:00:00; fix or remove that line.",
                    e);
        }
    }
}
