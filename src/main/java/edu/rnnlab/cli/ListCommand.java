package edu.rnnlab.cli;

import edu.rnnlab.run.RunSpec;
import edu.rnnlab.experiment.ExperimentSpec;
import edu.rnnlab.experiment.Registry;
import edu.rnnlab.experiment.RunPlanner;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rnnlab list}: the registered experiments. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered experiments.")
final class ListCommand implements Callable<Integer> {

    @Mixin PathOptions paths;
    @Mixin RunOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-18s %-4s %-11s %-6s %s%n", "ID", "ITEM", "DATASET", "RUNS", "MODELS (profile " + options.profile() + ")");
        for (Registry.LoadedSpec loaded : Registry.load(paths.experimentsDir()).all()) {
            ExperimentSpec e = loaded.spec();
            List<RunSpec> runs = RunPlanner.plan(loaded, options.profile(), options.seed, options.seeds);
            String models = e.models().stream().map(m -> m.label()).collect(Collectors.joining(", "));
            out.printf("%-18s %-4s %-11s %-6d %s%n", e.id(), e.item() == 0 ? "extra" : e.item(),
                    e.dataset().kind().name().toLowerCase(Locale.ROOT), runs.size(), models);
        }
        out.flush();
        return 0;
    }
}
