package com.ooma.telo.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the `run` subcommand; replaced by the slice that owns it. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "not yet available")
final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("run: not yet available in this build");
        return 2;
    }
}
