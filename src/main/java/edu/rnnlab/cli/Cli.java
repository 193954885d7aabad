package edu.rnnlab.cli;

import edu.rnnlab.RnnlabException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command {@code rnnlab} and its error handling: user errors as one line, exit codes as documented. */
@Command(
        name = "rnnlab",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        description = "Lab 4 (recurrent neural networks) as one reproducible command: train, archive, report.",
        subcommands = {
            LabCommand.class,
            RunCommand.class,
            ReportCommand.class,
            ListCommand.class,
            CompareCommand.class,
            VerifyCommand.class,
            ArchiveCommand.class,
            DataCommand.class,
            BenchCommand.class,
            WorkerCommand.class,
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  rnnlab lab                                   # everything: train, archive, report",
            "  rnnlab run rnn-scratch --set hidden=16 --profile quick",
            "  rnnlab compare rnn-scratch rnn-library",
            "  rnnlab archive && rnnlab verify reports/bundle.zip --sample 3",
            "  source <(rnnlab generate-completion)         # tab completion in bash/zsh"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:everything worked",
            " 1:internal error (a bug; rerun with --stacktrace and report it)",
            " 2:bad input: option, spec, data file or folder (the message says what to fix)",
            " 3:a run diverged (archived as such; the rest of the work was done)",
            " 4:verify: a run did not reproduce",
            " 5:the requested device (GPU) is not available",
            "130:interrupted; finished runs are kept and a rerun resumes"
        })
public final class Cli {

    /** Read by the error handler (from the arguments); declared here so every command accepts it. */
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean stacktrace;

    private Cli() {}

    /** The configured command line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        LowerCaseEnum.registerAll(cli); // --profile QUICK and quick alike; help and errors list lower case
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean trace = parseResult.expandedArgs().contains("--stacktrace");
            if (e instanceof RnnlabException user) {
                commandLine.getErr().println("error: " + user.getMessage());
                if (trace) {
                    e.printStackTrace(commandLine.getErr());
                }
                return user.exit().code();
            }
            commandLine
                    .getErr()
                    .println("internal error: " + e + (trace ? "" : " (rerun with --stacktrace for details)"));
            if (trace) {
                e.printStackTrace(commandLine.getErr());
            }
            return RnnlabException.Exit.INTERNAL.code();
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine where = e.getCommandLine();
            where.getErr().println("error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, where.getErr()); // "Did you mean: report?"
            // The qualified name: "rnnlab report", and "rnnlab" (not "rnnlab rnnlab") for the root command.
            where.getErr().println("Try '" + where.getCommandSpec().qualifiedName() + " --help'.");
            return RnnlabException.Exit.BAD_INPUT.code();
        });
        return cli;
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "rnnlab " + BuildInfo.get("version") + ", " + BuildInfo.commit(),
                "DJL " + BuildInfo.get("djl.version") + ", PyTorch " + BuildInfo.get("pytorch.version")
                        + " (bundled CPU library: " + BuildInfo.get("pytorch.native.classifier") + ")",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch")
            };
        }
    }
}
