package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.run.DatasetSpec;

/**
 * Small phrases shared by observations and verdicts: a value with its unit, a noise-aware
 * comparison, a speed ratio. Keeping them in one place makes every sentence in the report judge
 * differences the same way.
 */
final class Phrases {

    private final Messages m;

    Phrases(Messages m) {
        this.m = m;
    }

    /** "1.050 ± 0.0022 °C" or "18.4 %". */
    String value(Estimate e, String metric, DatasetSpec dataset) {
        String unit = Metrics.unit(m, metric, dataset);
        String number = NumberText.meanStd(e);
        return unit.isEmpty() || !e.present() ? number : number + ("%".equals(unit) ? " %" : " " + unit);
    }

    /** "1.050 °C": a reference value without spread. */
    String plain(double v, String metric, DatasetSpec dataset) {
        return value(new Estimate(v, Double.NaN, 1), metric, dataset);
    }

    /**
     * How {@code first} compares with {@code second}: "within noise", "better by 0.012",
     * "worse by 0.012" or "not judgeable against noise with one seed".
     */
    String verdict(Estimate first, Estimate second, String metric) {
        Difference d = Difference.of(first, second, Metrics.lowerIsBetter(metric));
        String gap = NumberText.sig(Math.abs(first.mean() - second.mean()), 2);
        return switch (d) {
            case WITHIN_NOISE -> m.get("obs.verdict.within");
            case FIRST_BETTER -> m.get("obs.verdict.better", gap);
            case SECOND_BETTER -> m.get("obs.verdict.worse", gap);
            case UNKNOWN_NOISE -> m.get("obs.verdict.unknown");
        };
    }

    /** "1.4× faster" or "1.2× slower" for seconds per epoch {@code a} against {@code b}. */
    String speed(double a, double b) {
        if (!(a > 0 && b > 0)) {
            return m.get("obs.speed.unknown");
        }
        return a <= b ? m.get("obs.faster", NumberText.ratio(b / a)) : m.get("obs.slower", NumberText.ratio(a / b));
    }

    /** Seconds with 3 significant figures. */
    String seconds(Estimate e) {
        return NumberText.sig(e.mean(), 3);
    }
}
