package edu.rnnlab; /** Entry point (placeholder until the CLI lands). */ public final class Main { private Main() {} /** Runs the CLI. */ public static void main(String[] args) { } }
