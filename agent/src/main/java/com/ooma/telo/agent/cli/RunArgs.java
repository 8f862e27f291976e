package com.ooma.telo.agent.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daemon's usual command line, {@code run --config FILE [--set KEY=VALUE]...}, read without picocli: building
 * picocli's model of every subcommand costs about 0.25 s and 180 classes at each start of the service, a quarter of
 * the time to {@code ready} (docs/performance.md, "Memory and start-up"). Only the plainest spellings are taken
 * (each option once or repeated as picocli allows, {@code --opt VALUE} or {@code --opt=VALUE}); anything else
 * (help, version, an unknown or repeated {@code --config}, a value that looks like an option, an {@code @file})
 * is left to picocli, which answers exactly as before. {@code RunArgsTest} holds the two to the same results.
 *
 * @param config    the {@code --config} file
 * @param overrides the {@code --set} values, in order
 */
record RunArgs(Path config, List<String> overrides) {

    RunArgs {
        overrides = List.copyOf(overrides);
    }

    /** The arguments when they are one of the plain spellings of {@code run}; empty for picocli to read. */
    static Optional<RunArgs> plain(String[] args) {
        if (args.length < 2 || !args[0].equals("run")) {
            return Optional.empty();
        }
        String config = null;
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value;
            String option;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                option = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                option = a;
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || a.startsWith("@")) {
                return Optional.empty();
            }
            if (option.equals("--config") && config == null) {
                config = value;
            } else if (option.equals("--set")) {
                sets.add(value);
            } else {
                return Optional.empty();
            }
        }
        return config == null ? Optional.empty() : Optional.of(new RunArgs(Path.of(config), sets));
    }
}
