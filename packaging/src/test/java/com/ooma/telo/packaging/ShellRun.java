package com.ooma.telo.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One finished command: its exit code and what it printed (stdout and stderr together). */
record ShellRun(int exitCode, String output) {
    private static final long BOUND_S = 120;

    /** Runs {@code command} in {@code dir} with {@code env} added to this JVM's environment. */
    static ShellRun of(List<String> command, Path dir, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(BOUND_S, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(command + " did not finish within " + BOUND_S + " s");
        }
        return new ShellRun(process.exitValue(), output);
    }

    /** The output's lines. */
    List<String> lines() {
        return output.lines().toList();
    }
}
