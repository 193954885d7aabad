package edu.rnnlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The command line printed in the report and the plan names the command once, as typed. */
class CommandLineTextTest {

    private static String typed(String... args) {
        CommandSpec sub = Cli.commandLine().parseArgs(args).subcommand().commandSpec();
        return Session.commandLine(sub);
    }

    @Test
    void labAndReportAreNamedOnce() {
        assertEquals("./rnnlab lab --profile quick", typed("lab", "--profile", "quick"));
        assertEquals("./rnnlab report", typed("report"));
        assertEquals("./rnnlab report --lang zh", typed("report", "--lang", "zh"));
    }

    @Test
    void aCommandParsedOnItsOwnGetsItsName() {
        CommandLine lab = new CommandLine(new LabCommand());
        lab.parseArgs("--profile", "quick");
        assertEquals("./rnnlab lab --profile quick", Session.commandLine(lab.getCommandSpec()));
    }
}
