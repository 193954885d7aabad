package edu.rnnlab.data.series;

import java.util.List;
import java.util.Map;

/**
 * A series dataset ready for training: windows per split, the scaler that maps back to the feature's
 * unit, and each sensor's gap-filled (unscaled) series for baselines and charts.
 *
 * @param set     what was read
 * @param train   training windows
 * @param val     validation windows (empty in the course protocol)
 * @param test    test windows
 * @param scaler  the fitted scaler
 * @param filled  per sensor, the series after gap filling (NaN where still missing), original unit
 * @param seasonPeriod steps per day (24 hourly, 288 for 5-minute data), for the seasonal baseline
 * @param notes   preparation facts for the report (split rule, scaler fit, dropped windows)
 * @param available windows per split (train, val, test) before a {@code limit_windows} cap, so the
 *                report can say "2 000 of 276 923"
 */
public record PreparedSeries(
        SeriesSet set,
        Windows train,
        Windows val,
        Windows test,
        MinMaxScaler scaler,
        List<float[]> filled,
        int seasonPeriod,
        List<String> notes,
        Map<String, Integer> available) {}
