package com.ooma.telo.simulator.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The floor under the agent's memory: a JVM with the same flags that loads one class and waits. Whatever the agent
 * uses above it is the agent's own (its classes, heap, threads); what is below it no change to the agent can save.
 */
public final class IdleJvm {
    private static final long SETTLE_MS = 1_000;

    private IdleJvm() {}

    /** The child's side: say so, then wait for stdin to close. */
    public static void main(String[] args) throws IOException {
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // nothing: wait for the parent to close stdin
        }
    }

    /** Starts the idle JVM with {@code jvmFlags}, reads its memory once it has settled, and stops it. */
    public static ProcMemory measure(List<String> jvmFlags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), IdleJvm.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (!"ready".equals(line)) {
                throw new IOException("the idle JVM did not start: " + line);
            }
            Thread.sleep(SETTLE_MS); // the JVM's own start-up threads finish what they touch
            return ProcMemory.of(p.pid());
        } finally {
            p.getOutputStream().close();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
