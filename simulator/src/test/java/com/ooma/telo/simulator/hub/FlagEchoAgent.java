package com.ooma.telo.simulator.hub;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in agent that writes the JVM flags and arguments it was started with into its working directory, prints a
 * ready line and waits for SIGTERM: what {@link AgentProcess} really passed to the child JVM.
 */
public final class FlagEchoAgent {
    static final String JVM_FLAGS_FILE = "child-jvm-flags.txt";
    static final String ARGUMENTS_FILE = "child-arguments.txt";

    public static void main(String[] args) throws Exception {
        Files.write(Path.of(JVM_FLAGS_FILE), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                StandardCharsets.UTF_8);
        Files.write(Path.of(ARGUMENTS_FILE), List.of(args), StandardCharsets.UTF_8);
        try (ServerSocket port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + port.getLocalPort();
            System.out.println("ready ingest=" + address + " status=" + address);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
