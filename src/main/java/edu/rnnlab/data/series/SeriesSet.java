package edu.rnnlab.data.series;

import edu.rnnlab.run.DataSource;
import java.util.List;

/**
 * Several sensors' series of the same feature, as read from a course file or the built-in generator.
 *
 * @param dataset short dataset name for reports, e.g. "Krakow air quality" or "PEMS04"
 * @param feature the feature read, e.g. "temperature" or "flow"
 * @param unit    its unit, e.g. "°C" or "vehicles/5 min"
 * @param sensors one series per sensor, all with the same start and step
 * @param source  the files it came from
 */
public record SeriesSet(String dataset, String feature, String unit, List<SensorSeries> sensors, DataSource source) {}
