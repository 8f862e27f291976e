package com.ooma.telo.simulator;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code telo-simulator.jar}: the stand-in hub, the embedded broker and the reference collector. */
@Command(
        name = "telo-simulator",
        mixinStandardHelpOptions = true,
        versionProvider = SimulatorVersion.class,
        description = "Stand-in Telo hub with an embedded broker and a reference collector.",
        subcommands = {DemoCommand.class, HilCommand.class, CollectCommand.class, FootprintCommand.class,
            com.ooma.telo.simulator.diag.DiagCommand.class, com.ooma.telo.simulator.command.SendCommand.class,
            CommandLine.HelpCommand.class})
public final class TeloSimulator implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        ConsoleLogging.configure();
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests that run the demo in-process. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new TeloSimulator()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
