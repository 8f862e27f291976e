package com.ooma.telo.agent.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for the `decode` subcommand; replaced by the slice that owns it. */
@Command(name = "decode", mixinStandardHelpOptions = true, description = "not yet available")
final class DecodeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("decode: not yet available in this build");
        return 2;
    }
}
