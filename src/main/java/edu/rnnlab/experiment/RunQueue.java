package edu.rnnlab.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runs waiting for a worker, and which one a free worker takes next. Heaviest first, so that no
 * long run is left to start when the other workers have nothing more to do; but a worker first takes
 * runs on data it has already read, then runs on data no worker has read yet, because every worker
 * reads and prepares its data itself (measured on a loaded 2-core machine: 12-15 s for two workers
 * reading the check-ins at the same moment, against 2 s for one warm process).
 */
final class RunQueue {

    private final List<ParallelRuns.Numbered> waiting;
    private final Map<Object, Set<String>> readBy = new HashMap<>();
    private final Set<String> readByAny = new HashSet<>();

    /** @param runs the runs, heaviest first */
    RunQueue(List<ParallelRuns.Numbered> runs) {
        this.waiting = new ArrayList<>(runs);
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** The next run for {@code worker}, or null when none is left; remembers that the worker reads its data. */
    ParallelRuns.Numbered next(Object worker) {
        if (waiting.isEmpty()) {
            return null;
        }
        Set<String> own = readBy.computeIfAbsent(worker, w -> new HashSet<>());
        ParallelRuns.Numbered pick = first(own, true);
        if (pick == null) {
            pick = first(readByAny, false);
        }
        if (pick == null) {
            pick = waiting.get(0);
        }
        waiting.remove(pick);
        own.add(source(pick));
        readByAny.add(source(pick));
        return pick;
    }

    /** The heaviest waiting run whose data is ({@code in}) or is not in {@code sources}. */
    private ParallelRuns.Numbered first(Set<String> sources, boolean in) {
        for (ParallelRuns.Numbered n : waiting) {
            if (sources.contains(source(n)) == in) {
                return n;
            }
        }
        return null;
    }

    /** What a worker reads for the run: the data kind and file (windows and limits are cheap to redo). */
    private static String source(ParallelRuns.Numbered n) {
        var dataset = n.run().spec().dataset();
        return dataset.kind() + "/" + (dataset.file() == null ? "" : dataset.file());
    }
}
