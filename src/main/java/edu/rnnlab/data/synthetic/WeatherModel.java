package edu.rnnlab.data.synthetic;

import java.util.SplittableRandom;

/**
 * The shared weather of the built-in air-quality data (a city's fronts and seasons) and the way one
 * sensor sees it. Values are rounded to integers like the course files; gaps are
 * {@link Integer#MIN_VALUE}.
 */
final class WeatherModel {

    private final int hours;
    private final double[] front; // multi-day temperature anomaly shared by all sensors, °C
    private final double[] pressure; // Pa
    private final double[] stagnation; // 0..1, calm air that lets particulates accumulate

    WeatherModel(SplittableRandom random, int hours) {
        this.hours = hours;
        this.front = new double[hours];
        this.pressure = new double[hours];
        this.stagnation = new double[hours];
        double f = 0;
        double p = 0;
        double s = 0.5;
        for (int h = 0; h < hours; h++) {
            f = 0.985 * f + 0.45 * random.nextGaussian(); // fronts last a few days
            p = 0.995 * p + 35 * random.nextGaussian();
            s = Math.min(1, Math.max(0, 0.97 * s + 0.03 * 0.5 + 0.05 * random.nextGaussian()));
            front[h] = f;
            pressure[h] = 101_300 + p - 25 * f; // warm fronts come with lower pressure
            stagnation[h] = s;
        }
    }

    /** One sensor's six features per hour: temperature, humidity, pressure, pm1, pm25, pm10. */
    int[][] sensor(SplittableRandom random) {
        double offset = random.nextGaussian() * 0.8; // shade, height, street canyon
        double pmFactor = 0.7 + 0.6 * random.nextDouble(); // traffic and heating nearby
        double altitudeShift = random.nextGaussian() * 150;
        int lateStart = random.nextDouble() < 0.15 ? random.nextInt(hours / 6) : 0;
        boolean[] missing = outages(random);
        int[][] values = new int[hours][6];
        for (int h = 0; h < hours; h++) {
            double day = h / 24.0;
            double hourOfDay = h % 24;
            double season = Math.cos(2 * Math.PI * (day - 200) / 365.0); // +1 mid-July, -1 mid-January
            double dailyAmplitude = 4.0 + 2.5 * season;
            double daily = Math.cos(2 * Math.PI * (hourOfDay - 13) / 24.0); // warmest early afternoon UTC
            double temperature =
                    8.5 + 11 * season + dailyAmplitude * daily + front[h] + offset + 0.35 * random.nextGaussian();
            double humidity =
                    75 - 18 * daily * (0.6 + 0.4 * (season + 1) / 2) - 1.2 * front[h] + 3 * random.nextGaussian();
            double heating = Math.max(0, 12 - temperature) / 12;
            double rush = Math.exp(-Math.pow(hourOfDay - 6, 2) / 3) + 0.8 * Math.exp(-Math.pow(hourOfDay - 16, 2) / 4);
            double pm10 = pmFactor
                    * (15 + 90 * heating * (0.4 + stagnation[h]) + 20 * rush)
                    * Math.exp(0.25 * random.nextGaussian());
            double pm25 = pm10 * (0.62 + 0.05 * random.nextGaussian());
            double pm1 = pm25 * (0.78 + 0.05 * random.nextGaussian());
            int[] row = values[h];
            row[0] = (int) Math.round(temperature);
            row[1] = (int) Math.round(Math.min(100, Math.max(15, humidity)));
            row[2] = (int) Math.round(pressure[h] + altitudeShift + 8 * random.nextGaussian());
            row[3] = (int) Math.round(Math.max(0, pm1));
            row[4] = (int) Math.round(Math.max(0, pm25));
            row[5] = (int) Math.round(Math.max(0, pm10));
            if (h < lateStart || missing[h]) {
                java.util.Arrays.fill(row, Integer.MIN_VALUE);
            } else if (random.nextDouble() < 0.02) {
                row[0] = Integer.MIN_VALUE; // a scattered missing reading
            }
        }
        return values;
    }

    private boolean[] outages(SplittableRandom random) {
        boolean[] missing = new boolean[hours];
        int outages = 4 + random.nextInt(10);
        for (int k = 0; k < outages; k++) {
            int start = random.nextInt(hours);
            // Mostly short drop-outs that interpolation can bridge, sometimes days offline.
            int length = random.nextDouble() < 0.7 ? 1 + random.nextInt(3) : 6 + random.nextInt(72);
            for (int h = start; h < Math.min(hours, start + length); h++) {
                missing[h] = true;
            }
        }
        return missing;
    }
}
