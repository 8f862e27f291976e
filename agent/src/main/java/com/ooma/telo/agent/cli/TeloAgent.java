package com.ooma.telo.agent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code telo-agent.jar}: one executable jar, one subcommand per job (docs/design.md §4).
 */
@Command(
        name = "telo-agent",
        mixinStandardHelpOptions = true,
        versionProvider = AgentVersion.class,
        description = "Telo hub telemetry agent: collects counters, strips everything personal, seals and publishes.",
        subcommands = {
            RunCommand.class,
            CheckCommand.class,
            KeysCommand.class,
            DecodeCommand.class,
            RedactCommand.class,
            StatusCommand.class,
            CommandLine.HelpCommand.class
        })
public final class TeloAgent implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        java.util.Optional<RunArgs> run = RunArgs.plain(args);
        if (run.isPresent()) { // the service's own start: no picocli model to build (RunArgs)
            System.exit(RunCommand.direct(run.get(), writer(System.out), writer(System.err)));
        }
        System.exit(newCommandLine().execute(args));
    }

    /** As picocli makes its own: buffered, flushed at each line, in the default charset. */
    private static java.io.PrintWriter writer(java.io.PrintStream s) {
        return new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(s,
                java.nio.charset.Charset.defaultCharset())), true);
    }

    /** The configured command line, shared by {@link #main} and tests that run subcommands in-process. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new TeloAgent()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
