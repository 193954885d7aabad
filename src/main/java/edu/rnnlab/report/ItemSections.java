package edu.rnnlab.report;

import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.report.view.Table;
import edu.rnnlab.run.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the sections of lab items 1-7 and the extras, in order, and records which items have no
 * results and why.
 */
final class ItemSections {

    private final List<ExperimentRuns> all;
    private final CourseReference reference;
    private final ReportContext ctx;
    private final List<ReportResult.Missing> missing = new ArrayList<>();

    ItemSections(List<ExperimentRuns> all, CourseReference reference, ReportContext ctx) {
        this.all = all;
        this.reference = reference;
        this.ctx = ctx;
    }

    /** The experiments shown under a lab item (course-protocol runs go to item 2's sub-section). */
    static List<ExperimentRuns> ofItem(int item, List<ExperimentRuns> all) {
        return all.stream()
                .filter(e -> !e.courseProtocol())
                .filter(e -> item == 0 ? e.item() <= 0 || e.item() > 7 : e.item() == item)
                .toList();
    }

    static List<ExperimentRuns> coursePart(List<ExperimentRuns> all) {
        return all.stream().filter(ExperimentRuns::courseProtocol).toList();
    }

    /**
     * Items 1+2 (RNN) and 5+6 (GRU, LSTM) as one comparison each, hand-written against library: when
     * each item has one experiment on the same data they are pooled into one block (one setup, one
     * results table, one set of charts, one analysis); otherwise each keeps its block. Item 2 adds the
     * course's worked example, item 6 the six cells side by side.
     */
    Section pair(int item) {
        Messages m = ctx.msg();
        int next = item + 1;
        List<Block> blocks = new ArrayList<>();
        Optional<ExperimentRuns> pooled = pooled(item, all, m);
        if (pooled.isPresent()) {
            blocks.add(ExperimentBlock.of(pooled.get(), null, ctx, List.of()));
        } else {
            for (int i : List.of(item, next)) {
                List<CrossItem.Match> matches = CrossItem.matches(i, all);
                for (ExperimentRuns e : ofItem(i, all)) {
                    List<String> cross = matches.stream()
                            .filter(x -> x.libraryExperiment() == e)
                            .map(x -> CrossItem.observation(x, i, m))
                            .toList();
                    blocks.add(ExperimentBlock.of(e, base(blocks), ctx, cross));
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i : List.of(item, next)) {
            boolean none =
                    ofItem(i, all).isEmpty() && (i != 2 || coursePart(all).isEmpty());
            if (none) {
                String reason = missingReason(i);
                reasons.add(reason);
                missing.add(new ReportResult.Missing(i, reason));
            } else {
                notes.addAll(ItemNotes.forItem(i, ctx.options().notes()));
            }
        }
        ctx.numbering().scope(next, null);
        if (next == 2) {
            blocks.add(CourseCheck.of(coursePart(all), reference, ctx));
        }
        if (next == 6) {
            AllCellsSection.of(all, ctx).ifPresent(blocks::add);
        }
        return new Section(
                "item-" + item,
                m.get("pair.heading", item, next, m.get("pair." + item + ".title")),
                m.get("pair." + item + ".intro"),
                String.join(" ", reasons),
                notes,
                List.of(),
                blocks);
    }

    /**
     * Items {@code item} and {@code item + 1} (1+2 or 5+6) as one experiment, when each has exactly
     * one on the same data settings; empty otherwise (then each is shown on its own).
     */
    static Optional<ExperimentRuns> pooled(int item, List<ExperimentRuns> all, Messages m) {
        List<ExperimentRuns> first = ofItem(item, all);
        List<ExperimentRuns> second = ofItem(item + 1, all);
        if (first.size() != 1
                || second.size() != 1
                || !first.get(0).dataset().equals(second.get(0).dataset())) {
            return Optional.empty();
        }
        return Optional.of(ExperimentRuns.pooled(
                item == 1 ? "rnn" : "gated",
                m.language(),
                m.get("pair." + item + ".block"),
                List.of(first.get(0), second.get(0))));
    }

    /** The experiments as the report presents them: items 1+2 and 5+6 pooled where they can be. */
    static List<ExperimentRuns> presented(List<ExperimentRuns> all, Messages m) {
        List<ExperimentRuns> out = new ArrayList<>(all);
        for (int item : List.of(1, 5)) {
            pooled(item, all, m).ifPresent(p -> {
                out.removeAll(ofItem(item, all));
                out.removeAll(ofItem(item + 1, all));
                out.add(p);
            });
        }
        // Lab items in order, the extras (item 0 or beyond 7) after them.
        out.sort(java.util.Comparator.comparingInt(e -> e.item() >= 1 && e.item() <= 7 ? e.item() : 8));
        return out;
    }

    /** A lab item shown on its own (3, 4, 7): its experiments, and for item 7 the design first. */
    Section item(int item) {
        Messages m = ctx.msg();
        List<Block> blocks = new ArrayList<>();
        List<ExperimentRuns> experiments = ofItem(item, all);
        if (item == 7) {
            // Item 7 is one designed experiment over its datasets: the design, effects and conclusion come
            // first, then each dataset's results beside its baselines.
            ctx.numbering().scope(item, null);
            LstmGruSection.of(experiments, ctx).ifPresent(blocks::add);
        }
        boolean designed = item == 7 && !blocks.isEmpty();
        for (ExperimentRuns e : experiments) {
            blocks.add(ExperimentBlock.of(e, base(blocks), designed, ctx, List.of()));
        }
        String reason = "";
        if (experiments.isEmpty()) {
            reason = missingReason(item);
            missing.add(new ReportResult.Missing(item, reason));
        }
        return new Section(
                "item-" + item,
                m.get("item.heading", item, m.get("item." + item + ".title")),
                m.get("item." + item + ".intro"),
                reason,
                // A missing item's reason already quotes its notes; do not print them twice.
                reason.isEmpty() ? ItemNotes.forItem(item, ctx.options().notes()) : List.of(),
                List.of(),
                blocks);
    }

    Section extras() {
        Messages m = ctx.msg();
        List<Block> blocks = new ArrayList<>();
        TextbookReference textbook = null;
        for (ExperimentRuns e : ofItem(0, all)) {
            if (e.dataset().protocol() == Protocol.TEXTBOOK) {
                // The textbook replication sets our training perplexity beside the book's published figures.
                textbook = textbook == null ? TextbookReference.load() : textbook;
                blocks.add(TextbookCheck.of(e, textbook, ctx));
            } else {
                blocks.add(ExperimentBlock.of(e, base(blocks), ctx, List.of()));
            }
        }
        return new Section(
                "extras",
                m.get("extras.title"),
                m.get("extras.intro"),
                blocks.isEmpty() ? m.get("extras.none") : "",
                ItemNotes.forItem(0, ctx.options().notes()),
                List.of(),
                blocks);
    }

    /** The first full setup table among a section's blocks so far (later ones show what differs), or null. */
    private static Table base(List<Block> blocks) {
        return blocks.stream()
                .filter(b -> b.experiment() && b.setup() != null)
                .map(Block::setup)
                .findFirst()
                .orElse(null);
    }

    /** Why an item has no results: the runner's notes about it, then how to produce it. */
    String missingReason(int item) {
        List<String> notes = ItemNotes.forItem(item, ctx.options().notes());
        String generic = ctx.msg().get("missing.generic", item);
        return notes.isEmpty() ? generic : String.join("; ", notes) + ". " + generic;
    }

    List<ReportResult.Missing> missing() {
        return List.copyOf(missing);
    }
}
