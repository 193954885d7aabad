package edu.rnnlab.cli;

import edu.rnnlab.experiment.bench.BenchResult;
import edu.rnnlab.experiment.bench.BenchShape;
import edu.rnnlab.experiment.bench.CellBenchmark;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rnnlab bench}: training throughput of the six cells on the course's two fixed shapes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the six cells (hand-written and library RNN, GRU, LSTM) on fixed shapes.",
        footerHeading = "%nExamples:%n", footer = {"  rnnlab bench --quick", "  rnnlab bench --threads 2"})
final class BenchCommand implements Callable<Integer> {

    @Mixin EngineOptions engine;

    @Option(names = "--quick", description = "A smoke run (one short repeat) instead of the full measurement.")
    boolean quick;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        engine.apply();
        long start = System.nanoTime();
        List<BenchResult> results = CellBenchmark.run(quick ? CellBenchmark.Settings.quick()
                : CellBenchmark.Settings.standard(), List.of(BenchShape.values()));
        spec.commandLine().getOut().printf("%s", CellBenchmark.render(results));
        spec.commandLine().getOut().printf("total %.1f s%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
