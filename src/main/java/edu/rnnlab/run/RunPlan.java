package edu.rnnlab.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code lab} or {@code run} planned, written into the archive ({@code plan-<profile>.json}) so that
 * {@code report} renders exactly those runs without the registry, the data or the engine.
 *
 * @param profile     the profile the runs were planned for
 * @param baseSeed    the first root seed
 * @param seeds       the --seeds override, or null when each spec's own count was used
 * @param command     the command that planned them
 * @param writtenAt   ISO-8601 instant; the latest plan is what a plain {@code report} renders
 * @param experiments the planned experiments in registry order, each with its run ids
 * @param notes       what the report must keep saying, e.g. an experiment skipped for want of data
 */
public record RunPlan(
        String profile,
        long baseSeed,
        Integer seeds,
        String command,
        String writtenAt,
        List<Experiment> experiments,
        List<String> notes) {

    /** One planned experiment: its id, lab item and the ids of its runs. */
    public record Experiment(String id, int item, List<String> runIds) {
        /** Copies the list. */
        public Experiment {
            runIds = List.copyOf(runIds);
        }
    }

    /** Copies the lists. */
    public RunPlan {
        experiments = List.copyOf(experiments);
        notes = List.copyOf(notes);
    }

    /** Every planned run id. */
    public Set<String> runIds() {
        Set<String> ids = new LinkedHashSet<>();
        experiments.forEach(e -> ids.addAll(e.runIds()));
        return ids;
    }

    /**
     * This plan of some experiments laid over an {@code older} plan of the same profile: its experiments
     * replace theirs, the others stay (a {@code run} of one experiment after a {@code lab}).
     */
    public RunPlan over(RunPlan older) {
        Map<String, Experiment> merged = new LinkedHashMap<>();
        older.experiments().forEach(e -> merged.put(e.id(), e));
        experiments.forEach(e -> merged.put(e.id(), e));
        List<String> keptNotes = new ArrayList<>();
        older.notes().stream()
                .filter(n -> experiments.stream().noneMatch(e -> n.startsWith(e.id() + " ")))
                .forEach(keptNotes::add);
        keptNotes.addAll(notes);
        return new RunPlan(profile, baseSeed, seeds, command, writtenAt, new ArrayList<>(merged.values()), keptNotes);
    }
}
