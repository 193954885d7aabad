package edu.rnnlab.experiment;

/**
 * Where one run's wall time went, for the lab's closing time breakdown (not archived: the archive's
 * own timings are the epoch rows and the summary).
 *
 * @param prepareSeconds  data loading and preparation this run waited for (0 when the experiment's
 *                        data was already prepared in this process)
 * @param trainSeconds    training epochs (the train rows' seconds)
 * @param evaluateSeconds validation and test passes (the other rows' seconds)
 * @param totalSeconds    the whole run: the above plus model building, kernel checks, extras, archiving
 */
public record RunTimes(double prepareSeconds, double trainSeconds, double evaluateSeconds, double totalSeconds) {

    /** What is in the total but in none of the named parts. */
    public double otherSeconds() {
        return Math.max(0, totalSeconds - prepareSeconds - trainSeconds - evaluateSeconds);
    }
}
