package edu.rnnlab.experiment.task;

import edu.rnnlab.data.checkin.CheckinDataset;
import edu.rnnlab.data.checkin.CheckinSplit;
import edu.rnnlab.metric.RankingMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The three reference points a next-location result must be read against, each fitted on the
 * training split only and scored with the same metrics as the models ({@link NextLocationScores}):
 * <ul>
 *   <li><b>most popular</b>: venues ranked by training check-ins, the same list for everyone;
 *   <li><b>user's most frequent</b>: the user's own training check-ins, popularity breaking ties;
 *   <li><b>first-order Markov</b>: training transitions from the window's last venue to the next one
 *       (within a user's training trajectory), popularity breaking ties and covering unseen venues.
 * </ul>
 * Each produces a full ranking, so Acc@k and MRR mean the same as for a model's logits.
 */
public final class CheckinBaselines {

    /** One baseline's scores on one split. */
    public record Result(String name, Map<String, Double> metrics, int windows) {}

    private CheckinBaselines() {}

    /** All three baselines on {@code split} (usually the test split). */
    public static List<Result> evaluate(CheckinDataset data, CheckinSplit split) {
        CheckinSplit train = data.train();
        int classes = data.venues().size();
        double[] popularity = new double[classes];
        List<Map<Integer, Integer>> perUser = new ArrayList<>();
        Map<Integer, Map<Integer, Integer>> transitions = new HashMap<>();
        for (int u = 0; u < data.users().size(); u++) {
            perUser.add(new HashMap<>());
        }
        for (int i = 0; i < train.checkins(); i++) {
            int v = train.venueAt(i);
            popularity[v]++;
            perUser.get(train.userAt(i)).merge(v, 1, Integer::sum);
            if (i + 1 < train.checkins() && train.userAt(i + 1) == train.userAt(i)) {
                transitions.computeIfAbsent(v, k -> new HashMap<>()).merge(train.venueAt(i + 1), 1, Integer::sum);
            }
        }
        // Popularity scaled below 1 only breaks ties between equal counts of the other baselines.
        double total = train.checkins() + 1.0;
        double[] tieBreak = new double[classes];
        for (int c = 0; c < classes; c++) {
            tieBreak[c] = popularity[c] / total;
        }
        List<Result> results = new ArrayList<>();
        results.add(score("most popular", split, classes, w -> tieBreak));
        results.add(
                score("user's most frequent", split, classes, w -> withCounts(tieBreak, perUser.get(split.user(w)))));
        results.add(score(
                "first-order Markov",
                split,
                classes,
                w -> withCounts(tieBreak, transitions.getOrDefault(split.lastVenue(w), Map.of()))));
        return results;
    }

    private static double[] withCounts(double[] base, Map<Integer, Integer> counts) {
        double[] s = base.clone();
        counts.forEach((c, n) -> s[c] += n);
        return s;
    }

    private static Result score(String name, CheckinSplit split, int classes, IntFunction<double[]> scores) {
        NextLocationScores tally = new NextLocationScores(classes);
        for (int w = 0; w < split.windows(); w++) {
            double[] s = scores.apply(w);
            int target = split.target(w);
            tally.add(target, argMax(s), RankingMetrics.rank(s, target));
        }
        return new Result(name, tally.metrics(), split.windows());
    }

    private static int argMax(double[] s) {
        int best = 0;
        for (int c = 1; c < s.length; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return best;
    }
}
