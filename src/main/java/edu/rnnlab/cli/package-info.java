/**
 * The command line (picocli): one class per command, shared options in mixins. Commands parse,
 * delegate to {@code experiment} and {@code report}, and print; they hold no logic of their own.
 */
package edu.rnnlab.cli;
