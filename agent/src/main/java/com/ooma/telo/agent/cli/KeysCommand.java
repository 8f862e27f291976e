package com.ooma.telo.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the `keys` subcommand; replaced by the slice that owns it. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "not yet available")
final class KeysCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("keys: not yet available in this build");
        return 2;
    }
}
