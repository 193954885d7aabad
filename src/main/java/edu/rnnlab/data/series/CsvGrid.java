package edu.rnnlab.data.series;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.run.DataFile;
import edu.rnnlab.run.DataSource;
import edu.rnnlab.run.DatasetSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of a {@code kind: csv} file placed on a regular time grid. The step is the most common
 * interval between consecutive rows (the smaller on a tie); rows absent from the grid become gaps.
 * A time that is not after the previous row's, or that falls between grid points, is refused with its
 * line: the tool does not resample or de-duplicate a series behind the user's back.
 */
final class CsvGrid {

    /** Longest grid accepted: beyond this the file's step is surely not what the user meant. */
    private static final int MAX_STEPS = 20_000_000;

    private final Path file;
    private final CsvColumns columns;
    private final LocalDateTime start;
    private final Duration step;
    private final float[][] values;
    private final int rows;
    private final int missingSteps;

    private CsvGrid(
            Path file,
            CsvColumns columns,
            LocalDateTime start,
            Duration step,
            float[][] values,
            int rows,
            int missingSteps) {
        this.file = file;
        this.columns = columns;
        this.start = start;
        this.step = step;
        this.values = values;
        this.rows = rows;
        this.missingSteps = missingSteps;
    }

    static CsvGrid of(Path file, CsvColumns columns, List<CsvSeriesReader.Row> rows) {
        Map<Duration, Integer> intervals = new TreeMap<>();
        for (int i = 1; i < rows.size(); i++) {
            CsvSeriesReader.Row previous = rows.get(i - 1);
            CsvSeriesReader.Row row = rows.get(i);
            if (!row.time().isAfter(previous.time())) {
                throw RnnlabException.badInput(file + " line " + row.line() + ", column '" + columns.timeName()
                        + "': " + row.time() + (row.time().equals(previous.time()) ? " repeats" : " comes before")
                        + " line " + previous.line() + "'s " + previous.time() + "; sort the file by time and keep"
                        + " one row per time (rnnlab does not reorder or merge rows).");
            }
            intervals.merge(Duration.between(previous.time(), row.time()), 1, Integer::sum);
        }
        Duration step = null;
        int most = 0;
        for (Map.Entry<Duration, Integer> e : intervals.entrySet()) { // shortest first: ties keep the shorter
            if (e.getValue() > most) {
                step = e.getKey();
                most = e.getValue();
            }
        }
        LocalDateTime start = rows.get(0).time();
        long span = Duration.between(start, rows.get(rows.size() - 1).time()).dividedBy(step) + 1;
        if (span > MAX_STEPS) {
            throw RnnlabException.badInput(file + ": a step of " + step + " from " + start + " makes " + span
                    + " time steps; the file is too irregular to be one series (aggregate it to a regular step).");
        }
        float[][] values = new float[columns.used().size()][(int) span];
        for (float[] v : values) {
            Arrays.fill(v, Float.NaN);
        }
        for (CsvSeriesReader.Row row : rows) {
            Duration offset = Duration.between(start, row.time());
            if (!offset.equals(step.multipliedBy(offset.dividedBy(step)))) {
                throw RnnlabException.badInput(file + " line " + row.line() + ", column '" + columns.timeName() + "': "
                        + row.time() + " is not on the regular grid of one row every " + step + " from " + start
                        + " (the most common interval); rnnlab needs a regular series: resample or aggregate it to"
                        + " that step first.");
            }
            int t = (int) offset.dividedBy(step);
            for (int k = 0; k < values.length; k++) {
                values[k][t] = row.values()[k];
            }
        }
        return new CsvGrid(file, columns, start, step, values, rows.size(), (int) span - rows.size());
    }

    /** The target and inputs as series, checked to be longer than one window. */
    CsvSeries toSeries(DatasetSpec spec, DataFile described) {
        int length = values[0].length;
        if (length < spec.window() + spec.horizon()) {
            throw RnnlabException.badInput(file + " has only " + length + " time steps, shorter than one window ("
                    + spec.window() + " inputs + horizon " + spec.horizon() + "); lower dataset.window or use a"
                    + " longer file.");
        }
        List<SensorSeries> series = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            series.add(new SensorSeries(columns.names().get(k), start, step, values[k]));
        }
        SensorSeries target = series.get(0);
        String name = file.getFileName().toString();
        String description = name + " (csv), column '" + target.sensorId() + "' by time column '" + columns.timeName()
                + "'" + (values.length > 1 ? ", inputs " + columns.names().subList(1, values.length) : "") + ": "
                + rows + " rows, one every " + step + ", " + start + " .. " + start.plus(step.multipliedBy(length - 1L))
                + "; " + missingSteps + " missing time steps and " + (target.gaps() - missingSteps)
                + " empty target cells are gaps";
        SeriesSet set = new SeriesSet(
                name.replaceFirst("\\.[^.]*$", ""),
                target.sensorId(),
                "",
                List.of(target),
                new DataSource(false, description, List.of(described)));
        return new CsvSeries(set, List.copyOf(series.subList(1, series.size())));
    }
}
