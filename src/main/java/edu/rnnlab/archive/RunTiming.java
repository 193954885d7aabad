package edu.rnnlab.archive;

/**
 * The run's speed measured by the timing pass, stored as {@code timing.json} beside the run (written
 * after the run was archived, so its absence never makes a run incomplete). Why separate from the
 * training's own timings ({@code metrics.csv}, {@code summary.json}): those were measured while
 * {@code jobs} runs shared the machine, so two runs' speeds may differ by what trained beside them.
 * The timing pass trains the configurations of one experiment with nothing else running (one job),
 * interleaving their repeats so that any outside load hits them alike.
 *
 * @param throughput      median over the rounds, in {@code unit} per second
 * @param minThroughput   slowest round
 * @param maxThroughput   fastest round
 * @param unit            "samples" or "tokens"
 * @param secondsPerEpoch the median batch time times the batches of one training epoch
 * @param rounds          timed rounds
 * @param batchesPerRound training batches per round
 * @param interleavedWith configurations of the same experiment timed in the same rounds (this one included)
 * @param measuredAt      ISO-8601 instant
 */
public record RunTiming(
        double throughput,
        double minThroughput,
        double maxThroughput,
        String unit,
        double secondsPerEpoch,
        int rounds,
        int batchesPerRound,
        int interleavedWith,
        String measuredAt) {}
