package edu.rnnlab.data.checkin;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.data.vocab.Vocabulary;
import edu.rnnlab.run.DatasetSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The preparation rules of a check-in dataset:
 * <ol>
 *   <li>check-ins are grouped by user and sorted by time (ties keep file order);
 *   <li>users with fewer than {@code minCheckins} check-ins are skipped and counted, not an error;
 *   <li>each user's trajectory is split chronologically: the first {@code floor(n * trainFraction)}
 *       check-ins train, the next {@code floor(n * valFraction)} validate, the rest test;
 *   <li>venue (and category) classes are fitted on the training check-ins only ({@link Vocabulary});
 *   <li>a window is {@code window} consecutive check-ins of one user inside one split, its target the
 *       next check-in of that user in the same split — windows never straddle a split boundary;
 *   <li>{@code limitWindows > 0} keeps that many evenly spaced windows per split (quick profiles).
 * </ol>
 */
final class CheckinPreparer {

    /** Display name of the class of rare and unseen venues. */
    private static final String UNKNOWN_NAME = "<unknown>";

    private static final String[] SPLITS = {"train", "val", "test"};

    private CheckinPreparer() {}

    static CheckinDataset prepare(CheckinLog log, DatasetSpec spec, boolean categoryFeatures) {
        int window = spec.window();
        double tf = spec.trainFraction();
        double vf = spec.valFraction();
        if (window < 1 || !(tf > 0 && vf >= 0 && tf + vf < 1)) {
            throw RnnlabException.badInput("dataset.window (" + window + ") must be at least 1 and train_fraction ("
                    + tf + ") + val_fraction (" + vf + ") must be below 1, leaving a test split.");
        }
        Map<String, List<Checkin>> byUser = new TreeMap<>(CheckinPreparer::compareIds);
        for (Checkin c : log.checkins()) {
            byUser.computeIfAbsent(c.user(), u -> new ArrayList<>()).add(c);
        }
        List<String> users = new ArrayList<>();
        List<List<Checkin>> trajectories = new ArrayList<>();
        int skipped = 0;
        int skippedCheckins = 0;
        int longest = 0;
        for (Map.Entry<String, List<Checkin>> e : byUser.entrySet()) {
            List<Checkin> t = e.getValue();
            longest = Math.max(longest, t.size());
            if (t.size() < Math.max(1, spec.minCheckins())) {
                skipped++;
                skippedCheckins += t.size();
                continue;
            }
            t.sort(Comparator.comparing(Checkin::time));
            users.add(e.getKey());
            trajectories.add(t);
        }
        if (users.isEmpty()) {
            throw RnnlabException.badInput(log.source().files().get(0).path() + ": no user has " + spec.minCheckins()
                    + " check-ins (dataset.min_checkins); the most any user has is " + longest
                    + ". Lower min_checkins.");
        }
        int[][] bounds = new int[users.size()][];
        Map<String, Long> venueCounts = new TreeMap<>(); // sorted keys: equal counts rank by key
        Map<String, Long> categoryCounts = new TreeMap<>(); // sorted keys: equal counts rank by key
        Set<String> venues = new HashSet<>();
        Set<String> categories = new HashSet<>();
        int checkins = 0;
        for (int u = 0; u < users.size(); u++) {
            List<Checkin> t = trajectories.get(u);
            int n = t.size();
            int a = (int) Math.floor(n * tf);
            int b = a + (int) Math.floor(n * vf);
            bounds[u] = new int[] {0, a, b, n};
            for (int i = 0; i < n; i++) {
                Checkin c = t.get(i);
                venues.add(c.venue());
                categories.add(c.categoryId());
                if (i < a) {
                    venueCounts.merge(c.venue(), 1L, Long::sum);
                    categoryCounts.merge(c.categoryId(), 1L, Long::sum);
                }
            }
            checkins += n;
        }
        Vocabulary venueVocabulary = Vocabulary.fit(venueCounts, spec.minCount(), UNKNOWN_NAME);
        Vocabulary categoryVocabulary =
                categoryFeatures ? Vocabulary.fit(categoryCounts, spec.minCount(), UNKNOWN_NAME) : null;
        CheckinSplit[] parts = new CheckinSplit[3];
        List<CheckinSummary.Part> summaryParts = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            parts[p] = split(
                    p,
                    trajectories,
                    bounds,
                    window,
                    venueVocabulary,
                    categoryVocabulary,
                    spec.timeFeatures(),
                    spec.limitWindows());
            summaryParts.add(new CheckinSummary.Part(
                    SPLITS[p], parts[p].checkins(), parts[p].windows(), parts[p].unknownShare()));
        }
        for (int p : new int[] {0, 2}) {
            if (parts[p].windows() == 0) {
                throw RnnlabException.badInput(log.name() + ": the " + SPLITS[p] + " split has no window of " + window
                        + " check-ins plus a target (users' trajectories are too short after the per-user split);"
                        + " lower dataset.window or raise dataset.min_checkins.");
            }
        }
        CheckinSummary summary = new CheckinSummary(
                users.size(),
                skipped,
                skippedCheckins,
                checkins,
                venues.size(),
                venueVocabulary.size(),
                categories.size(),
                List.copyOf(summaryParts));
        return new CheckinDataset(
                log.name(),
                window,
                venueVocabulary,
                categoryVocabulary,
                List.copyOf(users),
                parts[0],
                parts[1],
                parts[2],
                summary,
                log.source());
    }

    private static CheckinSplit split(
            int p,
            List<List<Checkin>> trajectories,
            int[][] bounds,
            int window,
            Vocabulary venues,
            Vocabulary categories,
            boolean time,
            int limit) {
        int total = 0;
        for (int[] b : bounds) {
            total += b[p + 1] - b[p];
        }
        int[] venue = new int[total];
        int[] category = new int[total];
        int[] user = new int[total];
        float[] features = new float[total * CheckinFeatures.TIME];
        List<Integer> starts = new ArrayList<>();
        int k = 0;
        for (int u = 0; u < trajectories.size(); u++) {
            int from = bounds[u][p];
            int to = bounds[u][p + 1];
            int segment = k;
            for (int i = from; i < to; i++, k++) {
                Checkin c = trajectories.get(u).get(i);
                venue[k] = venues.index(c.venue());
                category[k] = categories == null ? 0 : categories.index(c.categoryId());
                user[k] = u;
                CheckinFeatures.time(c.localTime(), features, k * CheckinFeatures.TIME);
            }
            for (int s = segment; s + window < k; s++) {
                starts.add(s);
            }
        }
        int[] kept = evenlySpaced(starts, limit);
        return new CheckinSplit(
                SPLITS[p],
                window,
                venue,
                category,
                user,
                features,
                kept,
                time,
                categories == null ? 0 : categories.size(),
                starts.size());
    }

    private static int[] evenlySpaced(List<Integer> starts, int limit) {
        int n = starts.size();
        int m = limit > 0 && limit < n ? limit : n;
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = starts.get((int) ((long) i * n / m));
        }
        return out;
    }

    /** Numeric ids in numeric order (2 before 10), anything else as text. */
    private static int compareIds(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && a.length() < 19;
        boolean nb = b.chars().allMatch(Character::isDigit) && b.length() < 19;
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    }
}
