package com.ooma.telo.simulator.diag;

import com.ooma.telo.agent.seal.EnvelopeOpener;
import com.ooma.telo.agent.seal.KeyLoadException;
import com.ooma.telo.agent.seal.OpenResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code diag}: opens one sealed diagnostics bundle (as published on {@code telo/v1/<device-id>/diag}, e.g. saved
 * with {@code mosquitto_sub -C 1 -t ... > bundle.bin}) with the backend's key, and writes it into a folder of
 * readable files ({@link BundleFolder}).
 */
@Command(name = "diag", mixinStandardHelpOptions = true,
        description = {"Open a sealed diagnostics bundle and save it as readable files in a folder.",
            "Exit 0 when saved; 1 when the message is refused; 2 on bad keys or files."})
public final class DiagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--backend-key", required = true, description = "backend-kem.pem (X25519 private, PKCS#8)")
    Path backendKey;

    @Option(names = "--device-key", required = true, description = "device-signing.pub.pem (Ed25519 public)")
    Path deviceKey;

    @Option(names = "--out", required = true, description = "the folder to write (created if missing)")
    Path out;

    @Parameters(index = "0", paramLabel = "FILE", description = "the sealed bundle, raw bytes")
    Path input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            OpenResult r = EnvelopeOpener.load(backendKey, deviceKey).open(Files.readAllBytes(input));
            if (r instanceof OpenResult.Rejected rej) {
                err.println("diag: rejected (" + rej.reason() + ")");
                return 1;
            }
            OpenResult.Opened o = (OpenResult.Opened) r;
            if (!o.header().compressed()) {
                err.println("diag: rejected (not a diagnostics bundle: flags bit 0 is not set)");
                return 1;
            }
            for (Path f : BundleFolder.write(o.plaintext(), out)) {
                spec.commandLine().getOut().println(f);
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (KeyLoadException e) {
            err.println("diag: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("diag: " + e.getMessage());
            return 2;
        } finally {
            err.flush();
        }
    }
}
