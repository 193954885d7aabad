package edu.rnnlab.report;

import edu.rnnlab.report.view.Block;
import edu.rnnlab.report.view.Section;
import edu.rnnlab.run.Protocol;
import java.util.ArrayList;
import java.util.List;

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

    Section item(int item) {
        Messages m = ctx.msg();
        List<Block> blocks = new ArrayList<>();
        List<ExperimentRuns> experiments = ofItem(item, all);
        List<CrossItem.Match> matches = CrossItem.matches(item, all);
        for (ExperimentRuns e : experiments) {
            List<String> observations = new ArrayList<>();
            matches.stream()
                    .filter(x -> x.libraryExperiment() == e)
                    .forEach(x -> observations.add(CrossItem.observation(x, item, m)));
            blocks.add(ExperimentBlock.of(e, ctx, List::of, observations));
        }
        List<ExperimentRuns> course = coursePart(all);
        String reason = "";
        if (experiments.isEmpty() && (item != 2 || course.isEmpty())) {
            reason = missingReason(item);
            missing.add(new ReportResult.Missing(item, reason));
        }
        ctx.numbering().scope(item, null); // charts after the experiments' own are item-wide
        if (item == 2) {
            blocks.add(CourseCheck.of(course, reference, ctx));
        }
        if (item == 7) {
            // Item 7 is one designed experiment over its datasets: arms x datasets, effects, conclusion.
            LstmGruSection.of(experiments, ctx).ifPresent(blocks::add);
        }
        if (item == 6) {
            // Items 5 and 6 ask for all six cells side by side; it closes item 6, after its own blocks.
            AllCellsSection.of(all, ctx).ifPresent(blocks::add);
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
                blocks.add(ExperimentBlock.of(e, ctx, List::of, List.of()));
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
