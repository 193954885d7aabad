package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import edu.rnnlab.bench.BenchJson;
import edu.rnnlab.bench.BenchResult;
import edu.rnnlab.bench.BenchShape;
import edu.rnnlab.bench.CellBenchmark;
import edu.rnnlab.run.CellType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rnnlab bench}: training throughput of the six cells on the course's two fixed shapes. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark the six cells (hand-written and library RNN, GRU, LSTM) on fixed shapes.",
        footerHeading = "%nExamples:%n",
        footer = {"  rnnlab bench --quick", "  rnnlab bench --threads 2"})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engine;

    @Option(names = "--quick", description = "A smoke run (one short repeat) instead of the full measurement.")
    boolean quick;

    @Option(
            names = "--shape",
            paramLabel = "regression|language-model",
            description = "Only this shape (default: both).")
    String shape;

    @Option(
            names = "--cell",
            paramLabel = "rnn|gru|lstm",
            description = "Only this cell, hand-written and library " + "(default: all three).")
    String cell;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results (median, min, max) as JSON.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<BenchShape> shapes = shape == null ? List.of(BenchShape.values()) : List.of(shapeNamed(shape));
        List<CellType> cells = cell == null ? List.of(CellType.values()) : List.of(cellNamed(cell));
        engine.apply();
        long start = System.nanoTime();
        List<BenchResult> results = CellBenchmark.run(
                quick ? CellBenchmark.Settings.quick() : CellBenchmark.Settings.standard(), shapes, cells);
        spec.commandLine().getOut().printf("%s", CellBenchmark.render(results));
        spec.commandLine().getOut().printf("total %.1f s%n", (System.nanoTime() - start) / 1e9);
        if (json != null) {
            try {
                BenchJson.write(json, results);
            } catch (IOException e) {
                throw RnnlabException.badInput("Cannot write " + json + " (" + e.getMessage() + ").", e);
            }
            spec.commandLine().getOut().println("results: " + json);
        }
        return 0;
    }

    private static BenchShape shapeNamed(String name) {
        return Arrays.stream(BenchShape.values())
                .filter(s -> s.label().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        RnnlabException.badInput("--shape must be regression or language-model (got '" + name + "')."));
    }

    private static CellType cellNamed(String name) {
        return Arrays.stream(CellType.values())
                .filter(c -> c.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> RnnlabException.badInput("--cell must be rnn, gru or lstm (got '" + name + "')."));
    }
}
