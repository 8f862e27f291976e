package com.ooma.telo.agent.cli;

import com.ooma.telo.agent.seal.KeyFiles;
import com.ooma.telo.agent.seal.KeyLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keys sign-bundle}: the vendor's tool for a backend key rotation, run where the root key lives. */
@Command(name = "sign-bundle",
        description = "Sign a trust bundle (backend KEM keys current and next, switch instant, version) with the"
                + " vendor root key. Devices install only versions above the one they hold.")
final class KeysSignBundleCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    // Not mixinStandardHelpOptions: its -V/--version would clash with the bundle's --version, and picocli then
    // dropped --help too, so `keys sign-bundle --help` failed with "Missing required options".
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--root-key", required = true, paramLabel = "PEM", description = "vendor-root.pem (0600)")
    Path rootKey;

    @Option(names = "--version", required = true, paramLabel = "N", description = "above every earlier bundle's")
    long version;

    @Option(names = "--current", required = true, paramLabel = "PEM", description = "backend KEM key in use now")
    Path current;

    @Option(names = "--next", required = true, paramLabel = "PEM", description = "backend KEM key from NOT_BEFORE")
    Path next;

    @Option(names = "--not-before", required = true, paramLabel = "INSTANT",
            description = "when devices switch to --next, ISO-8601 UTC (2027-01-01T00:00:00Z)")
    Instant notBefore;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "signed bundle (CBOR); never overwritten")
    Path out;

    @Override
    public Integer call() {
        if (version < 1) {
            return fail("--version must be at least 1, got " + version);
        }
        try {
            byte[] signed = KeyFiles.signTrustBundle(rootKey, version, current, next, notBefore);
            Files.write(out, signed, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            spec.commandLine().getOut().println("wrote " + out + " (version " + version + ", " + signed.length
                    + " bytes)");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (KeyLoadException e) {
            return fail(e.getMessage());
        } catch (IOException e) {
            return fail("cannot write '" + out + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("keys sign-bundle: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
