package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.io.Checksums;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the course's PeMS traffic files ({@code PEMS04.npz}, {@code PEMS07.npz}, {@code PEMS08.npz}):
 * one array {@code data} of shape (time, sensors, features) in 5-minute steps, features flow
 * (vehicles per 5 minutes), occupancy (ratio) and speed (mph). Some copies of PEMS03/07 hold flow only
 * (last axis 1); asking those for occupancy or speed is an error.
 *
 * <p><b>Timestamps are not in the file.</b> Each series starts at {@link #assumedStart(String)}: the
 * first day of the collection period the PeMS benchmark papers give (PEMS04 2018-01-01T00:00,
 * PEMS07 2017-05-01, PEMS08 2016-07-01, PEMS03 2018-09-01; anything else 2018-01-01), local time.
 * Only the time of day and weekday matter for the lab, and those follow from this start.
 *
 * <p>Sensor ids are the vertex indices of axis 1 ("0" .. "306" for PEMS04), in file order.
 */
public final class PemsReader {

    /** Feature names in the order of the last axis. */
    public static final List<String> FEATURES = List.of("flow", "occupancy", "speed");
    /** The units of {@link #FEATURES}. */
    public static final List<String> UNITS = List.of("vehicles/5 min", "occupancy ratio", "mph");
    /** PeMS detectors report every five minutes. */
    public static final Duration STEP = Duration.ofMinutes(5);

    private PemsReader() {}

    /** Reads the spec's feature and sensors, and checks the series is longer than one window. */
    public static SeriesSet read(Path file, DatasetSpec spec, boolean builtIn) {
        SeriesSet set = read(file, spec.feature(), spec.sensorIds(), spec.sensors(), builtIn);
        int length = set.sensors().get(0).length();
        int span = spec.window() + spec.horizon();
        if (length < span) {
            throw RnnlabException.badInput(
                    file + " has only " + length + " time steps, shorter than one window (" + spec.window()
                            + " inputs + horizon " + spec.horizon() + "); lower dataset.window or use a longer file.");
        }
        return set;
    }

    /**
     * Reads one feature of the selected sensors.
     *
     * @param file      the {@code .npz} file
     * @param feature   flow, occupancy or speed (null = flow)
     * @param sensorIds explicit vertex indices as strings, or empty for the first {@code count}
     * @param count     how many sensors when no ids are given; 0 = all
     * @param builtIn   whether the file was written by the built-in generator (for the report)
     */
    public static SeriesSet read(Path file, String feature, List<String> sensorIds, int count, boolean builtIn) {
        String name = feature == null ? "flow" : feature.toLowerCase(Locale.ROOT);
        int f = FEATURES.indexOf(name);
        if (f < 0) {
            throw RnnlabException.badInput("Unknown PeMS feature '" + feature + "' (dataset.feature) for " + file
                    + "; use one of " + String.join(", ", FEATURES) + ".");
        }
        try (PemsNpz npz = PemsNpz.open(file)) {
            if (f >= npz.features()) {
                throw RnnlabException.badInput(file + " holds " + npz.features() + " feature(s) per sensor ("
                        + String.join(", ", FEATURES.subList(0, Math.min(3, npz.features()))) + "), so feature '" + name
                        + "' does not exist; choose dataset.feature: flow.");
            }
            int[] selected = selectSensors(file, npz.sensors(), sensorIds, count);
            float[][] values = new float[selected.length][npz.steps()];
            int features = npz.features();
            npz.forEachStep((t, row) -> {
                for (int k = 0; k < selected.length; k++) {
                    double v = row[selected[k] * features + f];
                    if (!Double.isFinite(v)) {
                        throw RnnlabException.badInput(
                                file + ": data[" + t + ", " + selected[k] + ", " + f + "] (" + name
                                        + " of sensor " + selected[k] + " at step " + t + ") is " + v
                                        + "; the course files hold only finite numbers: replace it (e.g. np.nan_to_num) or use another copy.");
                    }
                    values[k][t] = (float) v;
                }
            });
            String dataset = datasetName(file);
            LocalDateTime start = assumedStart(dataset);
            List<SensorSeries> series = new ArrayList<>();
            for (int k = 0; k < selected.length; k++) {
                series.add(new SensorSeries(Integer.toString(selected[k]), start, STEP, values[k]));
            }
            String description = (builtIn ? "built-in generated " : "") + file.getFileName() + ", " + name + " of "
                    + selected.length + " of " + npz.sensors() + " sensors, " + npz.steps()
                    + " five-minute steps (start " + start + " assumed; the file has no timestamps)"
                    + fewerSensors(sensorIds, count, npz.sensors())
                            .map(n -> "; " + n)
                            .orElse("");
            DataSource source = new DataSource(builtIn, description, List.of(Checksums.describe(file)));
            return new SeriesSet(dataset, name, UNITS.get(f), List.copyOf(series), source);
        }
    }

    /** The dataset name shown in reports: the file name without {@code .npz}, e.g. {@code PEMS04}. */
    public static String datasetName(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.npz$", "");
    }

    /** The documented start assumed for a PeMS dataset name (see the class comment). */
    public static LocalDateTime assumedStart(String dataset) {
        String upper = dataset.toUpperCase(Locale.ROOT);
        if (upper.startsWith("PEMS07")) {
            return LocalDateTime.of(2017, 5, 1, 0, 0);
        } else if (upper.startsWith("PEMS08")) {
            return LocalDateTime.of(2016, 7, 1, 0, 0);
        } else if (upper.startsWith("PEMS03")) {
            return LocalDateTime.of(2018, 9, 1, 0, 0);
        }
        return LocalDateTime.of(2018, 1, 1, 0, 0);
    }

    /**
     * The note when {@code dataset.sensors} asks for more sensors than the file has (all are used then),
     * shared by the readers so the wording is the same for every kind.
     */
    public static java.util.Optional<String> fewerSensors(List<String> ids, int count, int available) {
        if ((ids != null && !ids.isEmpty()) || count <= available) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("dataset.sensors asks for " + count + " sensors but the file has " + available
                + ", so all " + available + " are used");
    }

    private static int[] selectSensors(Path file, int available, List<String> ids, int count) {
        if (ids != null && !ids.isEmpty()) {
            int[] selected = new int[ids.size()];
            for (int i = 0; i < selected.length; i++) {
                String id = ids.get(i).strip();
                int s;
                try {
                    s = Integer.parseInt(id);
                } catch (NumberFormatException e) {
                    s = -1;
                }
                if (s < 0 || s >= available) {
                    throw RnnlabException.badInput("Sensor '" + id + "' (dataset.sensor_ids) does not exist in " + file
                            + ", whose sensors are numbered 0.." + (available - 1) + " in file order.");
                }
                selected[i] = s;
            }
            return selected;
        }
        // More than the file has (the 3-sensor sample against a spec's 10): use all and say so, see fewerSensors.
        int n = count <= 0 || count > available ? available : count;
        int[] selected = new int[n];
        for (int i = 0; i < n; i++) {
            selected[i] = i;
        }
        return selected;
    }
}
