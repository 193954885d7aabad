package edu.rnnlab.report;

import edu.rnnlab.report.stats.Estimate;
import edu.rnnlab.report.stats.Timing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are written in the report: 3-4 significant figures, a mean carrying no more digits
 * than its seed spread supports, locale-independent (a report must not change with the grader's
 * locale), and a dash for "no value".
 */
final class NumberText {

    /** Shown where there is no number (no runs, a diverged run's NaN). */
    static final String NONE = "\u2014";

    private NumberText() {}

    /** {@code v} rounded to {@code digits} significant figures, trailing significant zeros kept. */
    static String sig(double v, int digits) {
        if (!Double.isFinite(v)) {
            return NONE;
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(v).round(new MathContext(digits, RoundingMode.HALF_UP));
        // Pad to the requested significant figures: 1.05 at 4 figures is "1.050", a measured zero shown.
        int scale = Math.max(0, digits - rounded.precision() + rounded.scale());
        return rounded.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A plain measurement: 4 significant figures. */
    static String value(double v) {
        return sig(v, 4);
    }

    /**
     * Mean ± std: the std to 2 significant figures and the mean to the same decimal place (what the
     * noise supports), capped at 4 significant figures. One seed gives the mean alone, to 4.
     */
    static String meanStd(Estimate e) {
        return meanStd(e, 4);
    }

    /** Mean ± std with at most {@code maxDigits} significant figures in the mean (3 for timings). */
    static String meanStd(Estimate e, int maxDigits) {
        if (!e.present()) {
            return NONE;
        }
        // A spread below rounding error (identical values summed in floating point) is no spread.
        if (!e.hasSpread() || e.std() <= 1e-9 * Math.max(1, Math.abs(e.mean()))) {
            return sig(e.mean(), maxDigits);
        }
        BigDecimal std = new BigDecimal(sig(e.std(), 2));
        int integerDigits = e.mean() == 0 ? 1 : (int) Math.floor(Math.log10(Math.abs(e.mean()))) + 1;
        int digits = Math.max(1, Math.min(maxDigits, integerDigits + std.scale()));
        return sig(e.mean(), digits) + " \u00b1 " + sig(e.std(), 2);
    }

    /** An epoch, or a mean of epochs: whole numbers without decimals ("3"), else 2 figures ("3.5"). */
    static String epoch(double e) {
        return e == Math.rint(e) ? Long.toString((long) e) : sig(e, 2);
    }

    /** A ratio such as a speed-up, to 2-3 significant figures: "1.4×". */
    static String ratio(double r) {
        return Double.isFinite(r) ? sig(r, r >= 10 ? 3 : 2) + "\u00d7" : NONE;
    }

    /**
     * A difference that may be tiny (hand-written and library cells agree to 1e-7): 2 significant
     * figures, in scientific notation below 1e-4 so it does not read as a row of zeros.
     */
    static String gap(double v) {
        if (Double.isFinite(v) && v != 0 && Math.abs(v) < 1e-4) {
            return String.format(java.util.Locale.ROOT, "%.1e", v);
        }
        return sig(v, 2);
    }

    /** A p-value as it reads in a sentence: "p = 0.032", "p < 0.001". */
    static String p(double p) {
        if (!Double.isFinite(p)) {
            return "p = " + NONE;
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        // A p-value just above 0.05 must not read "0.050" next to "not significant": one more figure.
        String text = sig(p, 2);
        return "p = " + ("0.050".equals(text) ? sig(p, 3) : text);
    }

    /** A signed difference (the sign matters in paired comparisons). */
    static String signed(double v, int digits) {
        String s = sig(v, digits);
        return v > 0 ? "+" + s : s;
    }

    /** A whole count with thin grouping, e.g. 12 345. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '\u2009');
    }

    /** A wall-clock duration: "42.1 s", "3 min 05 s", "2 h 07 min". */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return NONE;
        }
        if (seconds < 60) {
            return sig(seconds, 3) + " s";
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(java.util.Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(java.util.Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** "0.43 s (0.33–0.77)": a timing's median and range, 2-3 significant figures. */
    static String timing(Timing t) {
        if (!t.present()) {
            return NONE;
        }
        String med = sig(t.median(), 3);
        return t.min() == t.max() ? med : med + " (" + sig(t.min(), 2) + "\u2013" + sig(t.max(), 2) + ")";
    }
}
