package edu.rnnlab.report;

import edu.rnnlab.report.stats.Difference;
import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.SeedTest;
import edu.rnnlab.report.stats.Timing;
import edu.rnnlab.run.DatasetSpec;

/**
 * Small phrases shared by observations and verdicts: a value with its unit, a tested comparison, a
 * speed comparison. Keeping them in one place makes every sentence in the report judge differences
 * the same way ({@link SeedTest} for scores, {@link Timing} ranges for speed).
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
     * How the first arm of {@code t} compares with the second on {@code metric}: "better by 0.012
     * (paired t-test over 3 seeds, p = 0.01, 95 % CI ...)", "worse by ...", "a tie ..." or "not
     * testable with one seed per side".
     */
    String verdict(SeedTest t, String metric) {
        String gap = NumberText.gap(Math.abs(t.difference()));
        return switch (Difference.of(t, Metrics.lowerIsBetter(metric))) {
            case FIRST_BETTER -> m.get("obs.verdict.better", gap, test(t));
            case SECOND_BETTER -> m.get("obs.verdict.worse", gap, test(t));
            case TIE -> m.get("obs.verdict.tie", gap, test(t));
            case NO_TEST -> m.get("obs.verdict.untested", gap);
        };
    }

    /** The test behind a verdict: its kind, seeds, exact p-value and the 95 % CI of the difference. */
    String test(SeedTest t) {
        if (Double.isNaN(t.df()) && t.tested()) {
            return m.get("stat.exact", t.n1());
        }
        String lo = NumberText.gap(t.low());
        String hi = NumberText.gap(t.high());
        return switch (t.kind()) {
            case PAIRED -> m.get("stat.paired", t.n1(), NumberText.p(t.p()), lo, hi);
            case WELCH -> m.get("stat.welch", t.n1(), t.n2(), NumberText.p(t.p()), lo, hi);
            case ONE_SAMPLE -> m.get("stat.one_sample", t.n1(), NumberText.p(t.p()), lo, hi);
            case NONE -> m.get("stat.none");
        };
    }

    /**
     * "1.4× faster" or "1.2× slower" for the timing {@code a} against {@code b} (median over median),
     * but only when their ranges do not overlap; otherwise "no clear speed difference".
     */
    String speed(Timing a, Timing b) {
        if (!a.present() || !b.present()) {
            return m.get("obs.speed.unknown");
        }
        if (a.clearlyFasterThan(b)) {
            return ratio(b.median() / a.median(), "obs.faster");
        }
        if (b.clearlyFasterThan(a)) {
            return ratio(a.median() / b.median(), "obs.slower");
        }
        return m.get("obs.speed.overlap");
    }

    private String ratio(double r, String key) {
        String text = NumberText.ratio(r);
        // Never print "1.0× faster": use a third figure, and call a ratio that still reads 1.00 no difference.
        if (text.startsWith("1.0\u00d7")) {
            text = NumberText.sig(r, 3) + "\u00d7";
        }
        return text.startsWith("1.00\u00d7") ? m.get("obs.speed.overlap") : m.get(key, text);
    }

    /** Median seconds per epoch and range. */
    String seconds(Timing t) {
        return NumberText.timing(t);
    }
}
