package edu.rnnlab.data.synthetic;

import edu.rnnlab.RnnlabException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic PeMS file in the course's layout ({@code PEMS04.npz}: array {@code data},
 * float64, shape (time, sensors, 3) = flow, occupancy, speed, 5-minute steps), deterministic from a
 * seed. Time starts on Monday 2018-01-01, the start {@code PemsReader} assumes for PEMS04, and New
 * Year's Day and Martin Luther King Day run a holiday (weekend) profile, as on the real roads.
 *
 * <p>What a model can learn from it: weekday morning and evening peaks (per-station strength and
 * timing), quieter weekends, slow network-wide drifts (weather), station-level autocorrelated noise,
 * and incidents — capacity drops of 15-90 minutes that cut flow and speed, spill back to the upstream
 * station a little later, and leave a queue that discharges at capacity. The last two reward longer
 * windows and gated cells; the peaks reward knowing where in the day a window lies.
 */
public final class PemsGenerator {

    /** The file name the course uses, so the data folder finder picks it up. */
    public static final String FILE_NAME = "PEMS04.npz";
    /** Default size: 4 weeks of 20 stations (8064 steps). */
    public static final int DEFAULT_SENSORS = 20;
    /** Default number of days. */
    public static final int DEFAULT_DAYS = 28;

    private static final int STEPS_PER_DAY = 288;
    private static final int CORRIDOR = 5;
    private static final LocalDate START = LocalDate.of(2018, 1, 1);

    private PemsGenerator() {}

    /** Writes {@value #FILE_NAME} with the default size into {@code folder}; returns the file. */
    public static Path write(Path folder, long seed) {
        return write(folder.resolve(FILE_NAME), seed, DEFAULT_SENSORS, DEFAULT_DAYS);
    }

    /** Writes a file of the given size. */
    public static Path write(Path file, long seed, int sensors, int days) {
        try {
            PemsNpzWriter.write(
                    file, new long[] {(long) days * STEPS_PER_DAY, sensors, 3}, generate(seed, sensors, days));
            return file;
        } catch (IOException e) {
            throw RnnlabException.badInput(
                    "Cannot write " + file + " (" + e.getMessage() + "); check the folder is writable.", e);
        }
    }

    /** The values, row-major (time, sensor, feature). */
    static double[] generate(long seed, int sensors, int days) {
        if (sensors < 1 || days < 1) {
            throw new IllegalArgumentException("need at least one sensor and one day");
        }
        Random rnd = new Random(seed);
        PemsSensorProfile[] profile = new PemsSensorProfile[sensors];
        for (int s = 0; s < sensors; s++) {
            // Corridors of five stations; alternate corridors run into town or out of it.
            profile[s] = PemsSensorProfile.draw(rnd, (s / CORRIDOR) % 2 == 0);
        }
        int steps = days * STEPS_PER_DAY;
        double[] capacityCut = incidents(rnd, sensors, steps);
        double[] out = new double[steps * sensors * 3];
        double[] noise = new double[sensors];
        double[] queue = new double[sensors];
        double weather = 0;
        double dayFactor = 1;
        for (int t = 0; t < steps; t++) {
            int day = t / STEPS_PER_DAY;
            LocalDate date = START.plusDays(day);
            int weekday = date.getDayOfWeek().getValue() - 1;
            boolean working = date.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) < 0 && !holiday(date);
            double hour = (t % STEPS_PER_DAY) / 12.0;
            if (t % STEPS_PER_DAY == 0) {
                dayFactor = 1 + 0.05 * rnd.nextGaussian();
            }
            weather = 0.997 * weather + 0.004 * rnd.nextGaussian();
            for (int s = 0; s < sensors; s++) {
                PemsSensorProfile p = profile[s];
                noise[s] = 0.9 * noise[s] + 0.025 * rnd.nextGaussian();
                double demand = p.capacity() * p.demand(hour, weekday, working) * dayFactor * (1 + weather + noise[s]);
                demand = Math.max(0, demand + 0.02 * p.capacity() * rnd.nextGaussian());
                double capacity = p.capacity() * (1 - capacityCut[t * sensors + s]);
                // Vehicles that cannot pass wait in a queue and are served first once capacity returns.
                double wanting = demand + queue[s];
                double flow = Math.min(wanting, capacity);
                queue[s] = wanting - flow;
                double speed = p.speed(flow);
                if (queue[s] > 1) {
                    speed *= Math.max(0.2, 1 - queue[s] / (1.5 * p.capacity()));
                }
                speed = clamp(speed + 0.8 * rnd.nextGaussian(), 3, 85);
                int o = (t * sensors + s) * 3;
                out[o] = Math.rint(flow);
                out[o + 1] = Math.rint(p.occupancy(flow, speed) * 1e4) / 1e4;
                out[o + 2] = Math.rint(speed * 10) / 10;
            }
        }
        return out;
    }

    /**
     * Capacity cut (0..1) per (step, sensor): about two incidents per station and week, each spilling
     * back to the upstream station of its corridor two steps later at half the severity.
     */
    private static double[] incidents(Random rnd, int sensors, int steps) {
        double[] cut = new double[steps * sensors];
        int count = Math.max(1, (int) Math.round(2.0 * sensors * steps / (7.0 * STEPS_PER_DAY)));
        for (int i = 0; i < count; i++) {
            int s = rnd.nextInt(sensors);
            int start = rnd.nextInt(steps);
            int length = 3 + rnd.nextInt(16);
            double severity = 0.4 + 0.3 * rnd.nextDouble();
            mark(cut, sensors, steps, s, start, length, severity);
            if (s % CORRIDOR != 0) {
                mark(cut, sensors, steps, s - 1, start + 2, length, severity / 2);
            }
        }
        return cut;
    }

    private static void mark(double[] cut, int sensors, int steps, int s, int start, int length, double severity) {
        for (int t = start; t < Math.min(steps, start + length); t++) {
            cut[t * sensors + s] = Math.max(cut[t * sensors + s], severity);
        }
    }

    private static boolean holiday(LocalDate date) {
        return date.equals(LocalDate.of(2018, 1, 1)) || date.equals(LocalDate.of(2018, 1, 15));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
