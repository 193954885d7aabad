package edu.rnnlab.data.synthetic;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.series.AirQualityReader;
import edu.rnnlab.io.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes deterministic air-quality data in exactly the course's Krakow format: one CSV per month
 * ({@code january-2017.csv}, ...), header {@code UTC time,<id>_temperature,...,<id>_pm10}, hourly rows,
 * integer values, empty cells for gaps, plus {@code sensor_locations.csv}.
 *
 * <p>The structure is what makes the lab's experiments meaningful: an annual and a daily temperature
 * cycle whose amplitude changes with the season, multi-day weather fronts (a slow autoregressive
 * process shared by all sensors), sensor offsets and noise, humidity falling as the day warms,
 * slowly wandering pressure, particulate matter that rises with cold weather and rush hours, and
 * gaps: scattered missing cells, outages of hours to days, and sensors that start late.
 */
public final class AirQualityGenerator {

    private static final int YEAR = 2017;

    private final long seed;
    private final int sensors;

    /** A generator for the given number of sensors; the same seed always writes the same bytes. */
    public AirQualityGenerator(long seed, int sensors) {
        if (sensors < 1) {
            throw RnnlabException.badInput(
                    "The air-quality generator needs at least one sensor (got " + sensors + ").");
        }
        this.seed = seed;
        this.sensors = sensors;
    }

    /** Writes the twelve monthly files and the locations file into {@code folder}; returns the files. */
    public List<Path> write(Path folder) {
        int hours = LocalDateTime.of(YEAR, 1, 1, 0, 0).toLocalDate().lengthOfYear() * 24;
        WeatherModel weather = new WeatherModel(new SplittableRandom(seed), hours);
        List<int[][]> perSensor = new ArrayList<>(); // [hour][feature]
        for (int s = 0; s < sensors; s++) {
            perSensor.add(weather.sensor(new SplittableRandom(seed * 1_000_003L + s + 1)));
        }
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            int hour = 0;
            for (Month month : Month.values()) {
                int monthHours = month.length(false) * 24;
                Path file = folder.resolve(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                .toLowerCase(Locale.ROOT) + "-" + YEAR + ".csv");
                writeMonth(file, perSensor, hour, monthHours);
                written.add(file);
                hour += monthHours;
            }
            written.add(writeLocations(folder));
            return written;
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot write the built-in air-quality data to " + folder + " (" + e.getMessage()
                            + "); check that the folder is writable.",
                    e);
        }
    }

    /** The sensor ids the generator writes, in column order. */
    public List<String> sensorIds() {
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < sensors; s++) {
            ids.add(Integer.toString(1001 + s));
        }
        return ids;
    }

    /** Written aside and renamed: two processes generating at once, or a kill, never leave half a month. */
    private void writeMonth(Path file, List<int[][]> perSensor, int from, int count) throws IOException {
        AtomicFile.write(file, aside -> writeRows(aside, perSensor, from, count));
    }

    private void writeRows(Path aside, List<int[][]> perSensor, int from, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(aside, StandardCharsets.US_ASCII)) {
            StringBuilder header = new StringBuilder("UTC time");
            for (String id : sensorIds()) {
                for (String feature : AirQualityReader.FEATURES) {
                    header.append(',').append(id).append('_').append(feature);
                }
            }
            out.write(header.append('\n').toString());
            LocalDateTime start = LocalDateTime.of(YEAR, 1, 1, 0, 0);
            StringBuilder line = new StringBuilder();
            for (int h = from; h < from + count; h++) {
                line.setLength(0);
                line.append(start.plusHours(h));
                if (line.length() == 16) {
                    line.append(":00"); // LocalDateTime drops zero seconds; the course writes them
                }
                for (int[][] sensor : perSensor) {
                    for (int f = 0; f < AirQualityReader.FEATURES.size(); f++) {
                        line.append(',');
                        int v = sensor[h][f];
                        if (v != Integer.MIN_VALUE) {
                            line.append(v);
                        }
                    }
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    private Path writeLocations(Path folder) throws IOException {
        SplittableRandom random = new SplittableRandom(seed + 77);
        StringBuilder text = new StringBuilder("id,latitude,longitude\n");
        for (String id : sensorIds()) {
            text.append(id)
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.6f", 50.0 + random.nextDouble(0.02, 0.10)))
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.6f", 19.85 + random.nextDouble(0.0, 0.20)))
                    .append('\n');
        }
        Path file = folder.resolve("sensor_locations.csv");
        return AtomicFile.writeString(file, text.toString());
    }
}
