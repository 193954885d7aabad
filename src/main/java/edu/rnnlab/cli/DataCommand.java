package edu.rnnlab.cli;

import edu.rnnlab.data.DataFolder;
import edu.rnnlab.data.DataFolderInspection;
import edu.rnnlab.data.text.TextFetcher;
import edu.rnnlab.experiment.DataCatalog;
import edu.rnnlab.experiment.Registry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rnnlab data generate|inspect|fetch}: the built-in datasets, a data folder's contents, the textbook text. */
@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        description = "Generate, inspect or fetch data.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab data inspect ~/lab4",
            "  rnnlab data fetch timemachine        # saves data/course/timemachine.txt",
            "  rnnlab lab --data-dir data/course"
        },
        subcommands = {DataCommand.Generate.class, DataCommand.Inspect.class, DataCommand.Fetch.class})
final class DataCommand {

    /** Writes the built-in datasets. */
    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = "Write the built-in datasets (deterministic) and print where.")
    static final class Generate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Target folder (default: data/generated).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path target = dir != null
                    ? dir.toAbsolutePath().normalize()
                    : PathOptions.home().resolve("data/generated");
            for (Path written : DataCatalog.generateAll(target)) {
                spec.commandLine().getOut().println("wrote " + written);
            }
            return 0;
        }
    }

    /** Summarises a data folder. */
    @Command(
            name = "inspect",
            mixinStandardHelpOptions = true,
            description = "Summarise a data folder: files found, rows/shape, time span, gaps, sha256.")
    static final class Inspect implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "The folder to inspect (searched recursively).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DataFolderInspection inspection = DataFolder.scan(dir).inspect();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s", inspection.toText()); // printf flushes; print would not
            DataCatalog catalog = new DataCatalog(dir, PathOptions.home().resolve("data/generated"));
            out.printf("%nWhat each experiment would use with --data-dir %s:%n", dir);
            for (Registry.LoadedSpec loaded :
                    Registry.load(PathOptions.home().resolve("experiments")).all()) {
                out.printf(
                        "  %-22s %s%n",
                        loaded.spec().id(), catalog.describe(loaded.spec().dataset()));
            }
            return inspection.allUsable() ? 0 : 2;
        }
    }

    /** Downloads the textbook's text when online. */
    @Command(
            name = "fetch",
            mixinStandardHelpOptions = true,
            description = "Download a corpus (only 'timemachine'), check its SHA-1 and save it in the data folder.")
    static final class Fetch implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "timemachine")
        String name;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "Where to save (default: data/course).")
        Path dataDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!name.equals("timemachine")) {
                throw edu.rnnlab.RnnlabException.badInput("Only 'timemachine' can be fetched (got '" + name + "').");
            }
            // Not data/ itself: its generated/ holds the built-in data, and the course files belong apart from it.
            Path target = dataDir != null
                    ? dataDir
                    : PathOptions.home().resolve("data").resolve("course");
            Path file = new TextFetcher(Duration.ofSeconds(30)).fetchTimeMachine(target);
            spec.commandLine()
                    .getOut()
                    .println("saved " + file + " (SHA-1 verified); use it with --data-dir " + target);
            return 0;
        }
    }
}
