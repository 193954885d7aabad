package edu.rnnlab.data;

import edu.rnnlab.data.series.PemsNpz;
import edu.rnnlab.data.series.PemsReader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

/** Inspects a PeMS {@code .npz}: shape, element type, value range per feature, non-finite values. */
final class InspectPems {

    private InspectPems() {}

    static DataFolderInspection.Facts inspect(Path file) {
        try (PemsNpz npz = PemsNpz.open(file)) {
            int features = npz.features();
            int sensors = npz.sensors();
            double[] min = new double[features];
            double[] max = new double[features];
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            long[] bad = {0};
            npz.forEachStep((t, row) -> {
                for (int i = 0; i < row.length; i++) {
                    double v = row[i];
                    if (!Double.isFinite(v)) {
                        bad[0]++;
                        continue;
                    }
                    int f = i % features;
                    min[f] = Math.min(min[f], v);
                    max[f] = Math.max(max[f], v);
                }
            });
            StringBuilder shape = new StringBuilder(
                    npz.header().shapeText() + " " + npz.header().descr() + " = " + npz.steps()
                            + " five-minute steps x " + sensors + " sensors x " + features + " features");
            for (int f = 0; f < features; f++) {
                String name = f < PemsReader.FEATURES.size() ? PemsReader.FEATURES.get(f) : "feature " + f;
                shape.append(String.format(Locale.ROOT, "; %s %.4g..%.4g", name, min[f], max[f]));
            }
            LocalDateTime start = PemsReader.assumedStart(PemsReader.datasetName(file));
            LocalDateTime end = start.plus(PemsReader.STEP.multipliedBy(npz.steps() - 1L));
            String span = start + " .. " + end + " (start assumed: the file has no timestamps)";
            String gaps = "none in time (a regular 5-minute axis); " + bad[0] + " non-finite values";
            return new DataFolderInspection.Facts(shape.toString(), span, gaps);
        }
    }
}
