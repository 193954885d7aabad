package edu.rnnlab;

import edu.rnnlab.cli.Cli;

/** Entry point: {@code rnnlab <command>}. */
public final class Main {

    private Main() {}

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(Cli.commandLine().execute(args));
    }
}
