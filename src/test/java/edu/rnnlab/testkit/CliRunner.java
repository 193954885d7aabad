package edu.rnnlab.testkit;

import edu.rnnlab.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the real command line in-process with {@code rnnlab.home} pointed at a test folder. */
public final class CliRunner {

    /** Exit code and captured output of one invocation. */
    public record Result(int exit, String out, String err) {
        /** Standard output and error together, for assertions that do not care which. */
        public String all() {
            return out + err;
        }
    }

    private CliRunner() {}

    /** Runs {@code rnnlab args...} with the given home folder (built-in data is generated below it). */
    public static Result run(Path home, String... args) {
        String previous = System.getProperty("rnnlab.home");
        System.setProperty("rnnlab.home", home.toString());
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = Cli.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(args);
            return new Result(exit, out.toString(), err.toString());
        } finally {
            if (previous == null) {
                System.clearProperty("rnnlab.home");
            } else {
                System.setProperty("rnnlab.home", previous);
            }
        }
    }
}
