package com.ooma.telo.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the `redact` subcommand; replaced by the slice that owns it. */
@Command(name = "redact", mixinStandardHelpOptions = true, description = "not yet available")
final class RedactCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("redact: not yet available in this build");
        return 2;
    }
}
