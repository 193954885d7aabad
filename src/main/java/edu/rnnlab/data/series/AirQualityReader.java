package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.io.Csv;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the course's Krakow air-quality folder: monthly CSVs named like {@code january-2017.csv} with
 * header {@code UTC time,<sensorId>_<feature>,...} (hourly, empty cell = gap) and the optional
 * {@code sensor_locations.csv}. Rows of all months are merged onto one hourly grid; hours absent from
 * every file become gaps.
 */
public final class AirQualityReader {

    /** The six features of every sensor, in file order. */
    public static final List<String> FEATURES = List.of("temperature", "humidity", "pressure", "pm1", "pm25", "pm10");

    private static final Pattern MONTH_FILE = Pattern.compile(
            "(january|february|march|april|may|june|july|august|september|october|november|december)-\\d{4}\\.csv");
    private static final String TIME_COLUMN = "UTC time";

    private AirQualityReader() {}

    /** Whether a file name is one of the course's monthly files. */
    public static boolean isMonthFile(String fileName) {
        return MONTH_FILE.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * Whether a CSV's first line is a Krakow header: comma-separated, with at least one
     * {@code <sensor>_temperature} column. This is how a renamed monthly file is still recognised.
     */
    public static boolean isAirQualityHeader(String firstLine) {
        for (String column : firstLine.split(",", -1)) {
            String c = column.strip().replace("\"", "");
            if (c.length() > "_temperature".length() && c.endsWith("_temperature")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The air-quality files of a folder: the monthly files by name, and any other CSV whose header is a
     * Krakow header (a renamed copy), in name order.
     */
    public static List<Path> dataFiles(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Files.isRegularFile(p) && isDataFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw RnnlabException.badInput("Cannot list " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    private static boolean isDataFile(Path p) {
        String name = p.getFileName().toString();
        if (isMonthFile(name)) {
            return true;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        try (var in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line != null && isAirQualityHeader(line.replace("\uFEFF", ""));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // unreadable or not UTF-8: not one of ours
        }
    }

    /**
     * Reads one feature of the selected sensors.
     *
     * @param folder    the folder holding the monthly CSVs
     * @param feature   one of {@link #FEATURES}
     * @param sensorIds explicit ids, or empty for the first {@code count} sensors in file order
     * @param count     how many sensors when no ids are given; 0 = all
     * @param builtIn   whether the folder was written by the built-in generator (for the report)
     */
    public static SeriesSet read(Path folder, String feature, List<String> sensorIds, int count, boolean builtIn) {
        return readFeatures(folder, List.of(feature), sensorIds, count, builtIn).get(0);
    }

    /**
     * Reads several features of the same sensors from one pass over the files (the first feature picks
     * the sensors; the others must exist for each of them), one set per feature on the same hourly grid.
     */
    public static List<SeriesSet> readFeatures(
            Path folder, List<String> features, List<String> sensorIds, int count, boolean builtIn) {
        for (String feature : features) {
            if (!FEATURES.contains(feature)) {
                throw RnnlabException.badInput("Unknown air-quality feature '" + feature
                        + "' (dataset.feature); use one of " + String.join(", ", FEATURES) + ".");
            }
        }
        List<Path> files = monthFiles(folder);
        TreeMap<LocalDateTime, String[]> rows = new TreeMap<>();
        List<String> header = null;
        for (Path file : files) {
            List<String> fileHeader = readInto(file, rows);
            if (header == null) {
                header = fileHeader;
            } else if (!header.equals(fileHeader)) {
                throw RnnlabException.badInput(file + ": its header differs from "
                        + files.get(0).getFileName() + "; every monthly file must have the same columns.");
            }
        }
        List<String> sensors = selectSensors(header, features.get(0), sensorIds, count, files.get(0));
        List<DataFile> described =
                new ArrayList<>(files.stream().map(Checksums::describe).toList());
        Path locations = folder.resolve("sensor_locations.csv");
        if (Files.isRegularFile(locations)) {
            described.add(Checksums.describe(locations));
        }
        String description = builtIn
                ? "built-in generated Krakow-format air-quality data (" + files.size() + " monthly CSVs)"
                : "course files: Krakow air quality, " + files.size() + " monthly CSVs in " + folder.getFileName();
        description += PemsReader.fewerSensors(sensorIds, count, sensors.size())
                .map(n -> "; " + n)
                .orElse("");
        DataSource source = new DataSource(builtIn, description, List.copyOf(described));
        List<SeriesSet> sets = new ArrayList<>();
        for (String feature : features) {
            if (sets.size() > 0) {
                selectSensors(header, feature, sensors, 0, files.get(0)); // every sensor must have the feature
            }
            sets.add(new SeriesSet(
                    "Krakow air quality", feature, unit(feature), series(rows, header, sensors, feature), source));
        }
        return List.copyOf(sets);
    }

    private static List<SensorSeries> series(
            TreeMap<LocalDateTime, String[]> rows, List<String> header, List<String> sensors, String feature) {
        LocalDateTime start = rows.firstKey();
        int length = (int) ChronoUnit.HOURS.between(start, rows.lastKey()) + 1;
        List<SensorSeries> series = new ArrayList<>();
        for (String sensor : sensors) {
            int column = header.indexOf(sensor + "_" + feature);
            float[] values = new float[length];
            java.util.Arrays.fill(values, Float.NaN);
            rows.forEach((time, cells) -> {
                String cell = cells[column];
                if (!cell.isEmpty()) {
                    values[(int) ChronoUnit.HOURS.between(start, time)] = Float.parseFloat(cell);
                }
            });
            series.add(new SensorSeries(sensor, start, Duration.ofHours(1), values));
        }
        return List.copyOf(series);
    }

    /** The unit of a feature as the files store it. */
    public static String unit(String feature) {
        return switch (feature) {
            case "temperature" -> "°C";
            case "humidity" -> "%";
            case "pressure" -> "Pa";
            default -> "µg/m³";
        };
    }

    static List<Path> monthFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw RnnlabException.badInput(
                    "Air-quality folder " + folder + " does not exist; pass --data-dir with the "
                            + "folder holding the Krakow monthly CSVs (january-2017.csv, ...), or leave it out for built-in data.");
        }
        List<Path> files = dataFiles(folder);
        if (files.isEmpty()) {
            throw RnnlabException.badInput("No Krakow monthly CSV (like january-2017.csv) in " + folder
                    + "; point --data-dir at the folder that holds them.");
        }
        return files;
    }

    private static List<String> readInto(Path file, TreeMap<LocalDateTime, String[]> rows) {
        try (CSVParser csv = Csv.withHeader(file)) {
            List<String> header = csv.getHeaderNames();
            if (header.isEmpty() || !TIME_COLUMN.equals(header.get(0))) {
                throw RnnlabException.badInput(file + " line 1: the first column must be '" + TIME_COLUMN + "' but is '"
                        + (header.isEmpty() ? "" : header.get(0)) + "'; is this a Krakow monthly CSV?");
            }
            for (CSVRecord record : csv) {
                rows.put(parseTime(file, record), cells(file, record, header.size()));
            }
            if (csv.getRecordNumber() == 0) {
                throw RnnlabException.badInput(
                        file + " has a header but no data rows; replace it with the course's copy.");
            }
            return header;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw RnnlabException.badInput(file + " cannot be read as CSV (" + e.getMessage() + ").", e);
        }
    }

    private static LocalDateTime parseTime(Path file, CSVRecord record) {
        String text = record.get(0);
        try {
            return LocalDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw RnnlabException.badInput(file + " line " + (record.getRecordNumber() + 1) + ": cannot read the time '"
                    + text + "'; expected like 2017-01-01T00:00:00.");
        }
    }

    private static String[] cells(Path file, CSVRecord record, int columns) {
        if (record.size() != columns) {
            throw RnnlabException.badInput(file + " line " + (record.getRecordNumber() + 1) + ": " + record.size()
                    + " fields but the header has " + columns + "; the file is damaged.");
        }
        String[] cells = new String[columns];
        for (int i = 1; i < columns; i++) {
            String cell = record.get(i).trim();
            if (!cell.isEmpty()) {
                try {
                    Float.parseFloat(cell);
                } catch (NumberFormatException e) {
                    throw RnnlabException.badInput(file + " line " + (record.getRecordNumber() + 1) + ", column '"
                            + record.getParser().getHeaderNames().get(i) + "': '" + cell
                            + "' is not a number; leave the cell empty for a missing value.");
                }
            }
            cells[i] = cell;
        }
        return cells;
    }

    private static List<String> selectSensors(
            List<String> header, String feature, List<String> ids, int count, Path file) {
        List<String> all = header.stream()
                .skip(1)
                .filter(h -> h.endsWith("_" + feature))
                .map(h -> h.substring(0, h.length() - feature.length() - 1))
                .toList();
        if (all.isEmpty()) {
            throw RnnlabException.badInput(file + ": no column ends in _" + feature + "; check dataset.feature.");
        }
        if (!ids.isEmpty()) {
            for (String id : ids) {
                if (!all.contains(id)) {
                    throw RnnlabException.badInput(
                            "Sensor '" + id + "' (dataset.sensor_ids) is not in " + file.getFileName() + "; available: "
                                    + String.join(", ", all.subList(0, Math.min(10, all.size()))) + ", ...");
                }
            }
            return ids;
        }
        // More than there are: all of them, and the description says so (PemsReader.fewerSensors).
        return count <= 0 || count >= all.size() ? all : all.subList(0, count);
    }
}
