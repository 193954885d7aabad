package edu.rnnlab.report.chart;

/**
 * One bar series: a value per category ({@code NaN} where this series has no bar).
 *
 * @param name    legend entry
 * @param family  colour family, as for {@link Line}
 * @param library drawn in a lighter tint of the family colour
 * @param shade   variant of the family colour
 * @param values  one value per category
 * @param errors  standard deviation per category, or null
 */
public record Bars(String name, String family, boolean library, int shade, double[] values, double[] errors) {}
