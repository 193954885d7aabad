package edu.rnnlab.data.checkin;

import edu.rnnlab.run.DataSource;
import java.util.List;

/**
 * All check-ins of one file, in file order.
 *
 * @param name     dataset name for reports, e.g. {@code FS_NYC}
 * @param format   the layout the file had
 * @param checkins the rows
 * @param source   the file, its size and sha256
 */
public record CheckinLog(String name, CheckinFormat format, List<Checkin> checkins, DataSource source) {}
