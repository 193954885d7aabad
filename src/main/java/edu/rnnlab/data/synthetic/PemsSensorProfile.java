package edu.rnnlab.data.synthetic;

import java.util.Random;

/**
 * One simulated detector station: its capacity, lanes, free-flow speed and the shape of its daily
 * demand. Inbound stations carry a stronger morning peak, outbound ones a stronger evening peak, so
 * the sensors differ the way real ones do.
 *
 * @param capacity     vehicles per 5 minutes the road carries before it congests
 * @param lanes        lanes covered by the station (turns density into occupancy)
 * @param freeSpeed    mph when the road is empty
 * @param midday       demand at midday as a share of capacity
 * @param morningPeak  extra demand at the morning peak (share of capacity)
 * @param eveningPeak  extra demand at the evening peak
 * @param morningHour  hour of the morning peak
 * @param eveningHour  hour of the evening peak
 */
record PemsSensorProfile(
        double capacity,
        int lanes,
        double freeSpeed,
        double midday,
        double morningPeak,
        double eveningPeak,
        double morningHour,
        double eveningHour) {

    /** Draws a station; {@code inbound} decides which peak dominates. */
    static PemsSensorProfile draw(Random rnd, boolean inbound) {
        double strong = 0.25 + 0.15 * rnd.nextDouble();
        double weak = 0.12 + 0.12 * rnd.nextDouble();
        return new PemsSensorProfile(
                300 + 300 * rnd.nextDouble(),
                3 + rnd.nextInt(3),
                62 + 8 * rnd.nextDouble(),
                0.38 + 0.12 * rnd.nextDouble(),
                inbound ? strong : weak,
                inbound ? weak : strong,
                7.4 + 0.8 * rnd.nextDouble(),
                17.0 + 1.0 * rnd.nextDouble());
    }

    /**
     * Expected demand, as a share of capacity, at {@code hour} (0..24) of a working day or of a weekend
     * or holiday. Friday evenings run later and busier; Monday mornings a little quieter.
     */
    double demand(double hour, int weekday, boolean workingDay) {
        double night = 0.07;
        if (!workingDay) {
            double day = smoothstep(hour, 7.5, 11.5) * (1 - smoothstep(hour, 20.0, 24.0));
            return night + 0.8 * (midday - night) * day + 0.12 * gauss(hour, 14.5, 2.5);
        }
        double day = smoothstep(hour, 5.0, 8.0) * (1 - smoothstep(hour, 19.5, 23.5));
        double morning = morningPeak * (weekday == 0 ? 0.85 : 1.0) * gauss(hour, morningHour, 0.9);
        double evening =
                eveningPeak * (weekday == 4 ? 1.15 : 1.0) * gauss(hour, eveningHour + (weekday == 4 ? 0.5 : 0), 1.3);
        return night + (midday - night) * day + morning + evening;
    }

    /** Speed at a given flow: near free flow when light, falling as the road fills. */
    double speed(double flow) {
        double load = Math.min(1.0, flow / capacity);
        return freeSpeed * (1 - 0.3 * load * load * load);
    }

    /** Occupancy (share of time a detector is covered) from flow and speed: density x 20 ft vehicle. */
    double occupancy(double flow, double speed) {
        double vehiclesPerHourPerLane = flow * 12.0 / lanes;
        double density = vehiclesPerHourPerLane / Math.max(speed, 1.0);
        return Math.min(0.8, density * 20.0 / 5280.0);
    }

    private static double gauss(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return Math.exp(-0.5 * z * z);
    }

    private static double smoothstep(double x, double a, double b) {
        double t = Math.max(0, Math.min(1, (x - a) / (b - a)));
        return t * t * (3 - 2 * t);
    }
}
